package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no locale at all ({@code LANG} unset: cron, a bare container), Java reads file names as
 * ASCII; procsite still reads {@code Procédures/} and {@code static/café.txt}, and where it
 * cannot, says in one line which setting to change.
 */
class LocaleTest {

    private static final Path SEED = Path.of("src/test/resources/procedures/seed.yaml");

    @TempDir
    Path temp;

    private Path folder;

    @BeforeEach
    void aProjectWithAccentsInItsNames() throws IOException {
        folder = Files.createDirectories(temp.resolve("Procédures"));
        Files.copy(SEED, folder.resolve("procedure.yaml"));
        Files.createDirectories(folder.resolve("static"));
        Files.writeString(folder.resolve("static/café.txt"), "noir\n");
    }

    @Test
    void aFolderWithAnAccentIsFoundWithoutALocale() throws Exception {
        Cli run = withoutLocale(temp, Map.of(), "check", "Procédures/procedure.yaml");

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertEquals(
                "Procédures/procedure.yaml: ok, 16 nodes, 13 paths (9 end in success, 4 in escalation)\n", run.out());
    }

    @Test
    void aStaticFileWithAnAccentIsPublishedWithoutALocale() throws Exception {
        Cli run = withoutLocale(folder, Map.of(), "build", "--out", "../site");

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertEquals("noir\n", Files.readString(temp.resolve("site/café.txt")));
    }

    @Test
    void whereItCannotBeReadTheLineNamesTheSettingToChange() throws Exception {
        // As if procsite could not start itself again: the arguments come as they were typed.
        Map<String, String> noSecondStart =
                Map.of(Utf8FileNames.RELAUNCHED, Utf8FileNames.encode(List.of("check", "Procédures/procedure.yaml")));

        Cli run = withoutLocale(temp, noSecondStart);

        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().contains("no UTF-8 locale is set (LANG, LC_ALL); run with LC_ALL=C.UTF-8"), run::toString);
        assertFalse(run.showsAStackTrace(), run::toString);
    }

    /** procsite in its own JVM, with no LANG, LC_ALL or LC_CTYPE, as cron starts it. */
    private static Cli withoutLocale(Path workingFolder, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                ServeCommandTest.testClassPath(),
                Main.class.getName()));
        command.addAll(List.of(args));
        File out = Files.createTempFile("procsite-out", ".txt").toFile();
        File err = Files.createTempFile("procsite-err", ".txt").toFile();
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingFolder.toFile())
                    .redirectOutput(out)
                    .redirectError(err);
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
            environment.putAll(env);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("procsite still running after 120 s");
            }
            return new Cli(process.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
        } finally {
            Files.deleteIfExists(out.toPath());
            Files.deleteIfExists(err.toPath());
        }
    }
}
