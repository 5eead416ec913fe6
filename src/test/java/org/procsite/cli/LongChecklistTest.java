package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checklist of more than 9 items is a warning (W009) at its {@code steps:} key, with a hint to
 * split the step; the build still writes the site. Over 30 items it is E034 alone.
 */
class LongChecklistTest {

    static final Path TWELVE = Path.of("src/test/resources/fixtures/warning/long-checklist.yaml");

    @Test
    void aTwelveItemChecklistIsWarnedAboutAtItsLineAndTheSiteIsStillWritten(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Cli run = Cli.run("build", TWELVE.toString(), "--out", site.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .startsWith(TWELVE + ":16:5: warning[W009]: the checklist of 'setup' has 12 items;"
                                + " more than 9 are hard to follow under stress\n"
                                + "   16 |     steps:\n"
                                + "      |     ^\n"
                                + "      = help: split the step into several steps of at most 9 items each\n"),
                run::toString);
        for (String name : new String[] {"index.html", "decision.html", "tutorial.pdf", "poster.pdf"}) {
            assertTrue(Files.isRegularFile(site.resolve(name)), name + " was not written");
        }
    }

    @Test
    void nineItemsAreFineAndThirtyOneAreAnErrorWithoutTheWarning(@TempDir Path dir) throws IOException {
        String twelve = Files.readString(TWELVE);
        String items = twelve.substring(twelve.indexOf("      - Switch"), twelve.indexOf("    next: ask"));
        String[] lines = items.split("\n");

        Path nine = dir.resolve("nine.yaml");
        Files.writeString(nine, twelve.replace(items, String.join("\n", java.util.Arrays.copyOf(lines, 9)) + "\n"));
        Cli ok = Cli.run("check", nine.toString());
        assertEquals(ExitCode.OK, ok.exitCode(), ok::toString);
        assertEquals("", ok.err(), ok::toString);

        Path many = dir.resolve("many.yaml");
        StringBuilder more = new StringBuilder();
        for (int i = 1; i <= 31; i++) {
            more.append("      - Item ").append(i).append(".\n");
        }
        Files.writeString(many, twelve.replace(items, more.toString()));
        Cli error = Cli.run("check", many.toString());
        assertEquals(ExitCode.INVALID, error.exitCode(), error::toString);
        assertTrue(error.err().contains("error[E034]"), error::toString);
        assertTrue(!error.err().contains("W009"), error::toString);
    }
}
