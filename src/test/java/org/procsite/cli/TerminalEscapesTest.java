package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What procsite prints reaches the terminal with its control characters written out, never run. */
class TerminalEscapesTest {

    private static final Path SEED = Path.of("src/test/resources/procedures/seed.yaml");

    @TempDir
    Path temp;

    @Test
    void anEscapeSequenceInALabelIsShownNotRunByPaths() throws IOException {
        String seed = Files.readString(SEED);
        int at = seed.indexOf("label: Oui");
        int end = seed.indexOf('\n', at);
        String label = seed.substring(at + "label: ".length(), end);
        Path yaml = Files.writeString(
                temp.resolve("procedure.yaml"),
                seed.substring(0, at) + "label: \"" + label.replaceFirst("Oui", "Oui\\\\e[2J\\\\e[31m") + "\""
                        + seed.substring(end));

        Cli run = Cli.run("paths", yaml.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Oui\\u001b[2J\\u001b[31m"), run::toString);
        assertFalse(run.out().contains("\u001b") || run.err().contains("\u001b"), "no raw escape: " + run);
    }

    @Test
    void aDirectionOverrideIsAPositionedErrorAndShownEscapedInTheSourceLine() throws IOException {
        String seed = Files.readString(SEED);
        Path yaml = Files.writeString(
                temp.resolve("procedure.yaml"), seed.replaceFirst("name: UNESS", "name: U\u202eNESS 06 49"));

        Cli run = Cli.run("check", yaml.toString());

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        String line = run.err().lines().findFirst().orElseThrow();
        assertTrue(
                line.matches(".*procedure\\.yaml:\\d+:12: error\\[E043\\]: an invisible U\\+202E .*"), run::toString);
        assertTrue(run.err().contains("name: U\\u202eNESS 06 49\n"), run::toString);
        assertFalse(run.err().contains("\u202e"), run::toString);
    }
}
