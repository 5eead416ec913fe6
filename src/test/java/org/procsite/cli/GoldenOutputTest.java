package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procsite.testing.Golden;
import org.procsite.testing.TestProcedures;

/** The exact text a maintainer reads: diagnostics with source line and caret, and the paths listing. */
class GoldenOutputTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "dangling-next",
                "many-problems",
                "tab-indent",
                "syntax-error",
                "colon-in-value",
                "over-indented-title",
                "key-moved-left"
            })
    void checkPrintsEachProblemWithItsSourceLineCaretAndHelp(String fixture) throws IOException {
        Cli run = Cli.run("check", "src/test/resources/fixtures/invalid/" + fixture + ".yaml");

        assertEquals(ExitCode.INVALID, run.exitCode());
        Golden.assertMatches("check/" + fixture + ".stderr", run.err());
    }

    @Test
    void pathsListsEveryPathOfTheSeedWithItsAnswers() throws IOException {
        Cli run = Cli.run("paths", TestProcedures.SEED.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertEquals("", run.err());
        Golden.assertMatches("paths/procedure.stdout", run.out());
    }
}
