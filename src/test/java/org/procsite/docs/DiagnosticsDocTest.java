package org.procsite.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.procsite.diag.Code;

/**
 * docs/diagnostics.md documents exactly the codes of {@link Code}: one table row per code, with
 * its kind (error or warning) and its meaning (the code's summary), and no other code.
 */
class DiagnosticsDocTest {

    static final Path DIAGNOSTICS = Path.of("docs/diagnostics.md");

    /** A row of the table: {@code | E006 | error | what it means | example | fix |}. */
    private static final Pattern ROW =
            Pattern.compile("^\\|\\s*([EW]\\d{3})\\s*\\|\\s*([^|]*?)\\s*\\|\\s*([^|]*?)\\s*\\|", Pattern.MULTILINE);

    private static final Pattern ANY_CODE = Pattern.compile("\\b[EW]\\d{3}\\b");

    @Test
    void everyCodeHasOneRowWithItsKindAndMeaning() throws IOException {
        assertEquals(List.of(), differences(Files.readString(DIAGNOSTICS)), DIAGNOSTICS + " differs from Code");
    }

    @Test
    void noCodeIsMentionedThatDoesNotExist() throws IOException {
        assertEquals(Set.of(), unknownCodes(Files.readString(DIAGNOSTICS)));
    }

    @Test
    void aMissingRowAWrongKindATwiceRowAndAnInventedCodeAreSeen() {
        StringBuilder table =
                new StringBuilder("| code | kind | what it means | example | fix |\n|---|---|---|---|---|\n");
        for (Code code : Code.values()) {
            String kind =
                    code == Code.CYCLE ? "warning" : code.severity().name().toLowerCase(Locale.ROOT);
            if (code != Code.DANGLING_REFERENCE) {
                table.append("| ").append(code.id()).append(" | ").append(kind).append(" | ");
                table.append(code.summary()).append(" | an example | a fix |\n");
            }
        }
        table.append("| E010 | error | twice | | |\n| E999 | error | nothing | | |\n");

        assertEquals(
                List.of(
                        "E006: no row",
                        "E010: more than one row",
                        "E011: the table says 'warning | " + Code.CYCLE.summary() + "', Code says 'error | "
                                + Code.CYCLE.summary() + "'",
                        "E999: a row, but no such code"),
                differences(table.toString()));
        assertEquals(Set.of("E999"), unknownCodes(table.toString()));
    }

    /** What the table says that Code does not, one line per code, in code order. */
    static List<String> differences(String markdown) {
        Map<String, String> table = new TreeMap<>();
        Set<String> twice = new TreeSet<>();
        Matcher row = ROW.matcher(markdown);
        while (row.find()) {
            if (table.put(row.group(1), row.group(2) + " | " + row.group(3)) != null) {
                twice.add(row.group(1));
            }
        }
        Map<String, String> code = new TreeMap<>();
        for (Code c : Code.values()) {
            code.put(c.id(), c.severity().name().toLowerCase(Locale.ROOT) + " | " + c.summary());
        }
        Set<String> ids = new TreeSet<>(table.keySet());
        ids.addAll(code.keySet());
        List<String> differences = new ArrayList<>();
        for (String id : ids) {
            if (!table.containsKey(id)) {
                differences.add(id + ": no row");
            } else if (!code.containsKey(id)) {
                differences.add(id + ": a row, but no such code");
            } else if (twice.contains(id)) {
                differences.add(id + ": more than one row");
            } else if (!table.get(id).equals(code.get(id))) {
                differences.add(id + ": the table says '" + table.get(id) + "', Code says '" + code.get(id) + "'");
            }
        }
        return differences;
    }

    private static Set<String> unknownCodes(String markdown) {
        Set<String> known = Arrays.stream(Code.values()).map(Code::id).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        Matcher code = ANY_CODE.matcher(markdown);
        while (code.find()) {
            if (!known.contains(code.group())) {
                unknown.add(code.group());
            }
        }
        return unknown;
    }
}
