package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.procsite.testing.TestProcedures;
import picocli.CommandLine;

/** The command line as docs/architecture.md promises it: help, version, exit codes, one clear line on failure. */
class CommandLineTest {

    private static final String SEED = TestProcedures.SEED.toString();

    /** The top command and every subcommand there is (a new one is covered as soon as it is added). */
    static Stream<List<String>> everyCommand() {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of());
        new CommandLine(new Main()).getSubcommands().keySet().forEach(name -> commands.add(List.of(name)));
        return commands.stream();
    }

    private static String[] args(List<String> command, String... more) {
        return Stream.concat(command.stream(), Stream.of(more)).toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void helpExitsZeroAndPrintsUsage(List<String> command) {
        for (String help : List.of("--help", "-h")) {
            Cli run = Cli.run(args(command, help));

            assertEquals(ExitCode.OK, run.exitCode(), run::toString);
            assertTrue(run.out().startsWith("Usage: procsite"), run::toString);
            assertEquals("", run.err());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void versionExitsZeroAndPrintsTheVersion(List<String> command) {
        Cli run = Cli.run(args(command, "--version"));

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertTrue(run.out().matches("procsite \\S+\n"), run::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void anUnknownOptionIsAUsageError(List<String> command) {
        Cli run = Cli.run(args(command, "--frobnicate"));

        assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--frobnicate"), run::toString);
        assertFalse(run.showsAStackTrace(), run::toString);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli run = Cli.run("chekc");

        assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("'chekc'"), run::toString);
    }

    @Test
    void noCommandIsAUsageErrorThatNamesTheCommands() {
        Cli run = Cli.run();

        assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("a command is required: check, build, paths"), run::toString);
    }

    @Test
    void checkWithoutAFileChecksProcedureYaml() {
        Cli run = Cli.run("check");

        // Whatever the maintainers' procedure holds this week, it checks.
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertTrue(run.out().matches("procedure\\.yaml: ok, \\d+ nodes, \\d+ paths .*\n"), run::toString);
    }

    @Test
    void theLiveProcedureBuilds(@TempDir Path temp) {
        Cli run = Cli.run(
                "build",
                TestProcedures.LIVE.toString(),
                "--out",
                temp.resolve("site").toString());

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        for (String file : List.of("index.html", "decision.html", "tutorial.html", "tutorial.pdf", "flowchart.svg")) {
            assertTrue(Files.isRegularFile(temp.resolve("site").resolve(file)), file);
        }
    }

    @Test
    void aMissingFileExitsThreeWithOneClearLine() {
        Cli run = Cli.run("check", "no-such-procedure.yaml");

        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals("procsite: error: no-such-procedure.yaml: no such file\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void withNoArgumentInAFolderWithoutProceduresTheLineSaysWhereProcsiteLooked(@TempDir Path temp) throws Exception {
        Cli run = Cli.runIn(temp, List.of("check"));

        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals(
                "procsite: error: no procedure.yaml and no procedures/ folder in " + temp.toRealPath()
                        + "; run procsite in the folder of the procedure, or give its file\n",
                run.err());
    }

    @Test
    void aFolderWithNoProcedureExitsThreeWithOneClearLine(@TempDir Path temp) {
        Cli run = Cli.run("check", temp.toString());

        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().contains(temp + " holds no procedure"), run::toString);
    }

    @Test
    void aDeviceGivenAsTheFileIsNotARegularFile() {
        Cli run = Cli.run("check", "/dev/zero");

        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals(
                "procsite: error: /dev/zero is not a regular file (a device or a pipe); give the procedure file\n",
                run.err());
    }

    @Test
    void aContactInCapitalsSuggestsItsLowerCaseId(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("procedure.yaml");
        Files.writeString(
                file,
                Files.readString(Path.of("src/test/resources/fixtures/warning/unused-contact.yaml"))
                        .replace("    contact: desk", "    contact: DESK"));

        Cli run = Cli.run("check", file.toString());

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .contains(
                                file
                                        + ":30:14: error[E006]: 'contact' points to 'DESK', which is not a contact (did you mean 'desk'?)"),
                run::toString);
    }

    @Test
    void anUnreadableFileExitsThreeWithOneClearLine(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("procedure.yaml");
        Files.copy(TestProcedures.SEED, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: every file is readable");

        Cli run = Cli.run("check", file.toString());

        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals("procsite: error: permission denied: " + file + "\n", run.err());
    }

    @Test
    void anOutFolderThatCannotBeCreatedExitsThreeAndChangesNothing(@TempDir Path temp) throws IOException {
        Path blocker = temp.resolve("not-a-folder");
        Files.writeString(blocker, "a file where a folder is needed\n");
        String before = Trees.digest(temp);

        Cli run = Cli.run("build", SEED, "--out", blocker.resolve("site").toString());

        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().startsWith("procsite: error: "), run::toString);
        assertFalse(run.showsAStackTrace(), run::toString);
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void anOutThatIsAFileExitsThreeAndLeavesTheFile(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("site");
        Files.writeString(file, "keep me\n");
        String before = Trees.digest(temp);

        Cli run = Cli.run("build", SEED, "--out", file.toString());

        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals("procsite: error: " + file + " exists and is not a folder\n", run.err());
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void anUnwritableOutFolderExitsThreeAndChangesNothing(@TempDir Path temp) throws IOException {
        Path parent = Files.createDirectory(temp.resolve("locked"));
        Path site = Trees.filledSite(parent);
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(parent), "running as root: every folder is writable");
            String before = Trees.digest(temp);

            Cli run = Cli.run("build", SEED, "--out", site.toString());

            assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
            assertEquals(1, run.err().lines().count(), run::toString);
            assertEquals(before, Trees.digest(temp));
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void pathsWithALimitListsTheFirstPathsAndTheExactCount() {
        Cli run = Cli.run("paths", SEED, "--limit", "2");

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run::toString);
        assertTrue(
                lines.get(0).startsWith("1. [success] verifier-mail --[Non, il se trompe de mail]--> "), run::toString);
        assertTrue(lines.get(1).startsWith("2. [success] verifier-mail "), run::toString);
        assertEquals("... 11 more not listed (--limit 2)", lines.get(2));
        assertEquals("13 paths (9 end in success, 4 in escalation)", lines.get(3));
    }

    @Test
    void pathsWithANegativeLimitIsAUsageError() {
        Cli run = Cli.run("paths", SEED, "--limit", "-1");

        assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("--limit must be 0 or more"), run::toString);
    }

    @Test
    void pathsOfAnInvalidProcedureExitsOneWithItsDiagnostics() {
        Cli run = Cli.run("paths", "src/test/resources/fixtures/invalid/cycle.yaml");

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertTrue(run.err().contains("error[E011]: cycle: ask -> retry -> ask"), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void twoBuildsIntoDifferentFoldersGiveIdenticalBytes(@TempDir Path temp) {
        Cli first = Cli.run("build", SEED, "--out", temp.resolve("one").toString());
        Cli second = Cli.run("build", SEED, "--out", temp.resolve("two").toString());

        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        assertEquals(ExitCode.OK, second.exitCode(), second::toString);
        assertTrue(Files.isRegularFile(temp.resolve("one/index.html")));
        assertEquals(Trees.digest(temp.resolve("one")), Trees.digest(temp.resolve("two")));
    }

    @Test
    void aBuildIntoASiteItWroteReplacesItCompletely(@TempDir Path temp) throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.copy(Path.of("src/test/resources/procedures/seed.yaml"), project.resolve("procedure.yaml"));
        Files.createDirectories(project.resolve("static/assets"));
        Files.writeString(project.resolve("static/assets/old.txt"), "published once\n");
        Path site = temp.resolve("site");
        Cli first = Cli.run("build", project.resolve("procedure.yaml").toString(), "--out", site.toString());
        Files.delete(project.resolve("static/assets/old.txt"));
        String old = Trees.digest(site);

        Cli run = Cli.run("build", project.resolve("procedure.yaml").toString(), "--out", site.toString());

        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertNotEquals(old, Trees.digest(site));
        assertFalse(Files.exists(site.resolve("assets")), "a file of the old site survived");
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        try (Stream<Path> beside = Files.list(temp)) {
            assertEquals(
                    List.of(project, site), beside.sorted().toList(), "a temporary folder was left beside the site");
        }
    }

    @Test
    void aBuildOfAnInvalidFileSaysNothingWasWritten(@TempDir Path temp) throws IOException {
        Path site = Trees.filledSite(temp);
        String before = Trees.digest(temp);

        Cli run = Cli.run("build", "src/test/resources/fixtures/invalid/dangling-next.yaml", "--out", site.toString());

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertTrue(run.err().endsWith(": nothing was written to " + site + "\n"), run::toString);
        assertEquals(before, Trees.digest(temp));
    }
}
