package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever goes wrong, a user sees one line and exit 3, never a Java trace (unless they ask with
 * {@code --debug}) nor a log line; and no template keeps a build busy.
 */
class FailuresInOneLineTest {

    private static final Path SEED = Path.of("src/test/resources/procedures/seed.yaml");

    @TempDir
    Path temp;

    private Path project;

    @BeforeEach
    void aProject() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        Files.copy(SEED, project.resolve("procedure.yaml"));
    }

    @Test
    void aTemplateThatCallsItselfIsOneLineNamingIt() throws IOException {
        template("index.ftlh", "<#macro m><@m/></#macro><@m/>\n");

        Cli run = build();

        assertOneLine(run, "procsite: error: template index.ftlh nests too deeply");
    }

    @Test
    void debugPrintsTheTraceAfterTheLine() throws IOException {
        template("index.ftlh", "<#function f n><#return f(n + 1)></#function>${f(1)}\n");

        Cli run = Cli.run("build", project.resolve("procedure.yaml").toString(), "--out", site().toString(), "--debug");

        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("procsite: error: template index.ftlh nests too deeply"), run::toString);
        assertTrue(run.err().contains("\tat freemarker."), "the trace follows: " + run);
    }

    @Test
    void anEndlessListInATemplateIsStoppedWithinTheTimeLimit() throws IOException {
        template("index.ftlh", "<#list 1.. as i></#list>\n");

        long start = System.nanoTime();
        Cli run = build();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertOneLine(run, "procsite: error: template index.ftlh ran for more than 10 s and was stopped");
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
    }

    @Test
    void aTemplateThatWritesWithoutEndIsStopped() throws IOException {
        template("index.ftlh", "<#list 1.. as i>${i}</#list>\n");

        Cli run = build();

        assertOneLine(run, "procsite: error: template index.ftlh ");
        assertTrue(run.err().contains("was stopped"), run::toString);
    }

    @Test
    void aTemplateErrorIsOneLineWithItsPlace() throws IOException {
        template("index.ftlh", "<p>\n${nothing.here}</p>\n");

        Cli run = build();

        assertOneLine(run, "procsite: error: template index.ftlh failed: ");
        assertTrue(run.err().contains("index.ftlh\" at line 2, column 3]"), run::toString);
    }

    /** FreeMarker logs what fails inside {@code #attempt} as SEVERE; the user must not see it. */
    @Test
    void anAttemptThatRecoversPrintsNoLogLine() throws Exception {
        Path templates = Files.createDirectories(project.resolve("templates"));
        String index = new String(
                FailuresInOneLineTest.class
                        .getResourceAsStream("/templates/index.ftlh")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("index.ftlh"), "<#attempt>${nothing.here}<#recover></#attempt>" + index);

        Cli run = Cli.runIn(project, List.of("build", "--out", "../site"));

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertEquals("", run.err(), run::toString);
    }

    /** An Error (here memory, with a heap too small for a file of static/) is exit 3 and one line. */
    @Test
    void runningOutOfMemoryIsOneLine() throws Exception {
        Path statics = Files.createDirectories(project.resolve("static"));
        try (RandomAccessFile big =
                new RandomAccessFile(statics.resolve("video.bin").toFile(), "rw")) {
            big.setLength(200L * 1024 * 1024); // sparse: costs no disk
        }

        Cli run = Cli.runIn(project, List.of("-Xmx64m", "build", "--out", "../site"));

        assertOneLine(run, "procsite: error: ran out of memory (OutOfMemoryError");
    }

    /** A file of static/ over 256 MiB (here 3 GB, sparse) is refused by its size, before it is read. */
    @Test
    void aHugeStaticFileIsRefusedByItsSize() throws Exception {
        Path statics = Files.createDirectories(project.resolve("static"));
        try (RandomAccessFile big =
                new RandomAccessFile(statics.resolve("film.mp4").toFile(), "rw")) {
            big.setLength(3L * 1024 * 1024 * 1024);
        }

        Cli run = build();

        assertOneLine(run, "procsite: error: static/film.mp4 is 3072 MiB, over the 256 MiB a file of static/ may have");
    }

    private void template(String name, String text) throws IOException {
        Files.writeString(Files.createDirectories(project.resolve("templates")).resolve(name), text);
    }

    private Path site() {
        return temp.resolve("site");
    }

    private Cli build() {
        return Cli.run("build", project.resolve("procedure.yaml").toString(), "--out", site().toString());
    }

    private void assertOneLine(Cli run, String start) {
        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().startsWith(start), run::toString);
        assertFalse(run.err().contains("at org.") || run.err().contains("\tat "), run::toString);
        assertFalse(Files.exists(site()), "nothing was written");
    }
}
