package org.procsite.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.cli.Main;

/**
 * README.md is read by a newcomer in minutes: at most 250 lines, the two set-up commands of a
 * fresh machine in its first 60, the test command the one CI runs, and its example a procedure
 * that checks.
 */
class ReadmeTest {

    static final int MAX_LINES = 250;
    static final int SET_UP_WITHIN = 60;
    static final String BUILD_COMMAND = "mvn -q -DskipTests package && java -jar target/procsite.jar build";
    static final String TEST_COMMAND = "mvn -B verify";

    @Test
    void hasAtMost250Lines() throws IOException {
        List<String> lines = Files.readAllLines(MarkdownDocs.README);

        assertTrue(lines.size() <= MAX_LINES, "README.md has " + lines.size() + " lines; move the rest to docs/");
    }

    @Test
    void givesBothSetUpCommandsInItsFirst60Lines() throws IOException {
        List<String> first = firstLines(Files.readAllLines(MarkdownDocs.README));

        assertTrue(first.contains(BUILD_COMMAND), "the command that builds site/ is not in the first 60 lines");
        assertTrue(first.contains(TEST_COMMAND), "the command that runs all tests is not in the first 60 lines");
    }

    @Test
    void aCommandFurtherDownIsNotCounted() {
        List<String> lines = new ArrayList<>(Collections.nCopies(SET_UP_WITHIN, "text"));
        lines.add(TEST_COMMAND);

        assertFalse(firstLines(lines).contains(TEST_COMMAND));
    }

    @Test
    void theTestCommandIsTheOneCiRuns() throws IOException {
        List<String> ci = Files.readAllLines(Path.of(".ci/run")).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();

        assertEquals(TEST_COMMAND, ci.get(ci.size() - 1), ".ci/run no longer ends with the README's test command");
    }

    @Test
    void itsExampleProcedureChecks(@TempDir Path folder) throws IOException {
        Path example = Files.writeString(folder.resolve("procedure.yaml"), firstYamlBlock());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "check", example.toString());

        assertEquals(0, exit, () -> out + "\n" + err);
        assertEquals("", err.toString(), "the example has warnings");
    }

    private static List<String> firstLines(List<String> lines) {
        return lines.subList(0, Math.min(SET_UP_WITHIN, lines.size())).stream()
                .map(String::strip)
                .toList();
    }

    private static String firstYamlBlock() throws IOException {
        Matcher block = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(Files.readString(MarkdownDocs.README));
        assertTrue(block.find(), "README.md has no ```yaml example");
        return block.group(1);
    }
}
