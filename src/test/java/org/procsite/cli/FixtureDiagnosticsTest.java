package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.procsite.diag.Code;

/**
 * Every file under {@code fixtures/invalid} and {@code fixtures/warning} says, in comments,
 * which diagnostics it must produce, message included:
 * {@code # expect: 12:11 error[E006] 'next' points to 'x', which is not a node}. The run must
 * report exactly those (a missing one, an unexpected one and another wording all fail), with
 * the right exit code. Files under {@code fixtures/valid} must give no diagnostic at all.
 */
class FixtureDiagnosticsTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Pattern EXPECT =
            Pattern.compile("#\\s*expect:\\s*(\\d+:\\d+ (?:error|warning)\\[\\w+\\]) (.+)$", Pattern.MULTILINE);
    private static final Pattern EXPECT_WITHOUT_MESSAGE =
            Pattern.compile("#\\s*expect:\\s*\\S+ \\S+\\s*$", Pattern.MULTILINE);
    private static final Pattern HEADER =
            Pattern.compile("^.+?\\.yaml:(\\d+:\\d+): ((?:error|warning)\\[\\w+\\]): (.*)$", Pattern.MULTILINE);

    static Stream<Path> invalidFixtures() throws IOException {
        return fixtures("invalid");
    }

    static Stream<Path> warningFixtures() throws IOException {
        return fixtures("warning");
    }

    static Stream<Path> validFixtures() throws IOException {
        return fixtures("valid");
    }

    private static Stream<Path> fixtures(String folder) throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES.resolve(folder))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void anInvalidFixtureReportsExactlyItsExpectedErrorsAndExitsOne(Path fixture) throws IOException {
        Cli run = Cli.run("check", fixture.toString());

        assertEquals(expected(fixture), reported(run.err()), run::toString);
        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertFalse(run.showsAStackTrace(), run::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void buildingAnInvalidFixtureLeavesAFilledOutputFolderUntouched(Path fixture, @TempDir Path temp)
            throws IOException {
        Path site = Trees.filledSite(temp);
        String before = Trees.digest(temp);

        Cli run = Cli.run("build", fixture.toString(), "--out", site.toString());

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertEquals(before, Trees.digest(temp), "the output folder, or a folder beside it, changed");
        assertFalse(run.showsAStackTrace(), run::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warningFixtures")
    void aFixtureWithOnlyWarningsReportsThemAndStillExitsZero(Path fixture) throws IOException {
        Cli run = Cli.run("check", fixture.toString());

        List<String> expected = expected(fixture);
        assertTrue(expected.stream().allMatch(e -> e.contains("warning[")), "a warning fixture expects only warnings");
        assertFalse(expected.isEmpty(), "a warning fixture expects at least one warning");
        assertEquals(expected, reported(run.err()), run::toString);
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith(fixture + ": ok, "), run::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void aValidEdgeCaseIsAcceptedWithoutAnyDiagnostic(Path fixture) {
        Cli run = Cli.run("check", fixture.toString());

        assertEquals("", run.err(), run::toString);
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
    }

    @Test
    void everyDiagnosticCodeHasAFixture() throws IOException {
        // FILE_TOO_LARGE is generated in LoaderLimitsTest: 64 MiB is not committed. SHEET_OVER_ONE_SHEET
        // comes from build, which counts the PDF's pages: PrintedSheetReportTest. VERSION_NOT_RAISED needs a
        // git history: VersionCheckTest. BAD_FILE_NAME is about a file's name among several procedures:
        // SeveralProceduresTest. TOO_MANY_VALUES needs 200,000 keys or 3 million values: FileSizeLimitTest.
        Set<Code> covered = EnumSet.of(
                Code.FILE_TOO_LARGE,
                Code.SHEET_OVER_ONE_SHEET,
                Code.VERSION_NOT_RAISED,
                Code.BAD_FILE_NAME,
                Code.TOO_MANY_VALUES);
        for (Path fixture : Stream.concat(invalidFixtures(), warningFixtures()).toList()) {
            for (String e : expected(fixture)) {
                String id = e.substring(e.indexOf('[') + 1, e.indexOf(']'));
                Stream.of(Code.values()).filter(c -> c.id().equals(id)).forEach(covered::add);
            }
        }
        Set<Code> missing = EnumSet.complementOf(EnumSet.copyOf(covered));
        assertEquals(Set.of(), missing, "codes without a fixture");
    }

    /**
     * The {@code # expect:} comments, sorted. Read as UTF-8, leniently: a fixture about bad bytes
     * has them in its values, not in its comments.
     */
    static List<String> expected(Path fixture) throws IOException {
        String text = new String(Files.readAllBytes(fixture), StandardCharsets.UTF_8);
        assertFalse(EXPECT_WITHOUT_MESSAGE.matcher(text).find(), fixture + ": an expect line gives the message too");
        List<String> expected = new ArrayList<>();
        Matcher m = EXPECT.matcher(text);
        while (m.find()) {
            expected.add(m.group(1) + " " + m.group(2));
        }
        return expected.stream().sorted().toList();
    }

    /** The {@code line:col severity[code] message} of every diagnostic header on stderr, sorted. */
    static List<String> reported(String err) {
        List<String> reported = new ArrayList<>();
        Matcher m = HEADER.matcher(err);
        while (m.find()) {
            reported.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
        }
        return reported.stream().sorted().collect(Collectors.toList());
    }
}
