package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.testing.MaintainerEdit;
import org.procsite.testing.TestProcedures;

/**
 * The maintainer's loop of issue 10: the week's edits (support name and number, version, a new
 * branch) check and build; and, in the slow test, the whole suite passes on a copy of the
 * project that holds them, so CI never fails a maintainer for a correct content change.
 */
class MaintainerEditTest {

    static String editedSeed() throws IOException {
        return MaintainerEdit.apply(Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8));
    }

    @Test
    void theWeeksEditsCheckAndBuild(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("procedure.yaml");
        Files.writeString(yaml, editedSeed(), StandardCharsets.UTF_8);

        Cli check = Cli.run("check", yaml.toString());
        assertEquals(ExitCode.OK, check.exitCode(), check::toString);
        assertTrue(check.out().startsWith(yaml + ": ok, 18 nodes, "), check::toString);
        // The seed's escalation text still gives the old number: a warning says where.
        List<String> lines = editedSeed().lines().toList();
        int line = lines.indexOf(lines.stream()
                .filter(l -> l.contains("joindre l'UNESS au 06 49"))
                .findFirst()
                .orElseThrow());
        int column = lines.get(line).indexOf("06 49") + 1;
        assertTrue(
                check.err()
                        .startsWith(yaml + ":" + (line + 1) + ":" + column + ": warning[W005]: the text of"
                                + " 'appeler-uness' mentions 06 49 10 01 97, which is not the number of its contact 'uness'"
                                + " (04 76 00 00 00)\n"),
                check::toString);

        Cli build =
                Cli.run("build", yaml.toString(), "--out", dir.resolve("site").toString());
        assertEquals(ExitCode.OK, build.exitCode(), build::toString);
        // The new branch still fits on one sheet recto-verso (the map is on the poster): build says so.
        assertTrue(
                build.out()
                        .endsWith("\ntutorial.pdf: 2 pages, one A4 sheet printed recto-verso, smallest text 9 pt;"
                                + " poster.pdf: smallest text 14 pt\n"),
                build::toString);
        assertFalse(build.err().contains("W006"), build::toString);
        String decision = Files.readString(dir.resolve("site/decision.html"), StandardCharsets.UTF_8);
        assertTrue(decision.contains("href=\"tel:0476000000\""), "the new number on the call button");
        assertTrue(decision.contains("data-node=\"" + MaintainerEdit.NEW_QUESTION + "\""), "the new question");
    }

    /** What the copy holds: what a maintainer's clone holds, every file git tracks. */
    private static List<String> trackedFiles() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "-z")
                .redirectErrorStream(true)
                .start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), "git ls-files: " + out);
        return List.of(out.split("\0")).stream().filter(f -> !f.isEmpty()).toList();
    }

    /**
     * The acceptance of issue 10: copy the project, make the week's edits, {@code build}, then
     * {@code mvn -B -o verify} in the copy. Minutes long: run by bench/maintainer-edit.sh.
     */
    @Test
    @Tag("slow")
    void theWholeSuitePassesOnACopyOfTheProjectWithTheWeeksEdits(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("project");
        for (String file : trackedFiles()) {
            Files.createDirectories(copy.resolve(file).getParent());
            Files.copy(Path.of(file), copy.resolve(file), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.writeString(
                copy.resolve("procedure.yaml"),
                editedSeed().replace("$schema=../../../../procedure.schema.json", "$schema=procedure.schema.json"),
                StandardCharsets.UTF_8);

        Path log = Files.createDirectories(Path.of("target", "maintainer-edit"));
        int built = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        // the XSLT engine the pom gives the tests (the jar's), not Saxon from the
                        // validators on the test class path: the PDF's metadata has the jar's bytes
                        "-Djavax.xml.transform.TransformerFactory="
                                + System.getProperty("javax.xml.transform.TransformerFactory"),
                        "-cp",
                        ServeCommandTest.testClassPath(),
                        Main.class.getName(),
                        "build")
                .directory(copy.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.resolve("build.log").toFile())
                .start()
                .waitFor();
        assertEquals(0, built, Files.readString(log.resolve("build.log")));

        Path mvnLog = log.resolve("mvn-verify.log");
        Process verify = new ProcessBuilder("mvn", "-B", "-o", "verify")
                .directory(copy.toFile())
                .redirectErrorStream(true)
                .redirectOutput(mvnLog.toFile())
                .start();
        assertTrue(verify.waitFor(45, TimeUnit.MINUTES), "mvn verify finished");
        String out = Files.readString(mvnLog, StandardCharsets.UTF_8);
        Matcher total = Pattern.compile(
                        "(?m)^\\[\\w+\\] Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)$")
                .matcher(out);
        String summary = null;
        while (total.find()) {
            summary = total.group();
        }
        assertEquals(
                0, verify.exitValue(), "mvn -B -o verify on the edited copy failed (" + summary + "); see " + mvnLog);
        assertTrue(summary != null && summary.contains("Failures: 0, Errors: 0"), String.valueOf(summary));
        Files.writeString(log.resolve("summary.txt"), summary + "\n", StandardCharsets.UTF_8);
    }
}
