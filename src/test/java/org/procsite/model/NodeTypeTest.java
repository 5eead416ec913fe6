package org.procsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one definition of each node type agrees with what is written by hand elsewhere: the page
 * words of every bundled language, and the colours of templates/tutorial.css (a stylesheet a
 * maintainer edits, so it keeps its literal colours; this test keeps them in step). The schema's
 * agreement is {@code ProcedureSchemaTest}'s.
 */
class NodeTypeTest {

    private static final Path TEMPLATES = Path.of("templates");

    @Test
    void theKeysOfANodeAreTheCommonOnesThenEachTypesOwnInTheFormatsOrder() {
        assertEquals(
                List.of("type", "section", "title", "text", "choices", "steps", "next", "every_minutes", "contact"),
                NodeType.ALL_KEYS);
        assertEquals(List.of("question", "step", "wait", "success", "escalation"), NodeType.names());
        assertEquals(
                List.of(NodeType.SUCCESS, NodeType.ESCALATION),
                Stream.of(NodeType.values()).filter(NodeType::isEnd).toList());
        assertEquals("an escalation", NodeType.ESCALATION.article());
        assertEquals("a wait", NodeType.WAIT.article());
    }

    @ParameterizedTest
    @EnumSource(NodeType.class)
    void everyBundledLanguageNamesTheType(NodeType type) throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            List<Path> messages = files.filter(f -> f.getFileName().toString().matches("messages_[a-z]+\\.properties"))
                    .toList();
            assertTrue(messages.size() >= 2, "the bundled languages: " + messages);
            for (Path file : messages) {
                Properties words = new Properties();
                words.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
                assertTrue(words.containsKey(type.labelKey()), file + " has no " + type.labelKey());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(NodeType.class)
    void theSheetsStylesheetGivesTheTypeItsColours(NodeType type) throws IOException {
        String css = Files.readString(TEMPLATES.resolve("tutorial.css"), StandardCharsets.UTF_8)
                + Files.readString(TEMPLATES.resolve("flowchart.css"), StandardCharsets.UTF_8);
        NodeType.Colours colours = type.colours();
        if (type == NodeType.STEP) { // the plain type: the defaults of the legend and of the map
            assertEquals(colours.main(), declared(css, ".fc-swatch", "background"));
            assertEquals(colours.main(), declared(css, ".node > .num", "background"));
            return;
        }
        String c = type.cssClass();
        assertEquals(colours.main(), declared(css, ".fc-swatch-" + c, "background"), "the legend's swatch");
        assertEquals(colours.main(), declared(css, ".fc-mark.fc-" + c, "background"), "the compact map's box");
        assertTrue(
                declared(css, ".fc-" + c, "background").equals(colours.light())
                        || declared(css, ".fc-" + c, "background").equals(colours.main()),
                "the full map's box");
    }

    /** The value of {@code property} in the rule whose selector is exactly {@code selector}. */
    private static String declared(String css, String selector, String property) {
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + " \\{([^}]*)\\}")
                .matcher(css);
        assertTrue(rule.find(), "tutorial.css nor flowchart.css has a rule '" + selector + " {'");
        Matcher value = Pattern.compile("(?:^|;)\\s*" + Pattern.quote(property) + ":\\s*(#[0-9a-fA-F]+)")
                .matcher(rule.group(1));
        assertTrue(value.find(), selector + " sets no " + property + ": " + rule.group(1));
        return value.group(1);
    }
}
