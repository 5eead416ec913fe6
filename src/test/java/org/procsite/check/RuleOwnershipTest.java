package org.procsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.procsite.diag.Code;
import org.procsite.load.Loader;

/** The contract of {@link Rule}: one owner per code, and every rule has a valid fixture it passes alone. */
class RuleOwnershipTest {

    private static final Path VALID = Path.of("src/test/resources/fixtures/valid");
    /** The codes of {@code build}: the PDF's page count and git's last commit. */
    private static final Set<Code> BUILD_CODES = EnumSet.of(Code.SHEET_OVER_ONE_SHEET, Code.VERSION_NOT_RAISED);

    @Test
    void everyCodeHasExactlyOneOwner() {
        Map<Code, String> owner = new HashMap<>();
        Loader.CODES.forEach(c -> owner.put(c, "the loader"));
        BUILD_CODES.forEach(c -> assertEquals(null, owner.put(c, "build"), c + " has two owners"));
        assertEquals(null, owner.put(Code.BAD_FILE_NAME, "the pipeline's FolderNames"), "E035 has two owners");
        for (Rule rule : Checker.RULES) {
            for (Code c : rule.codes()) {
                String before = owner.put(c, rule.getClass().getSimpleName());
                assertEquals(
                        null,
                        before,
                        c + " is owned by " + before + " and " + rule.getClass().getSimpleName());
            }
        }
        assertEquals(EnumSet.allOf(Code.class), EnumSet.copyOf(owner.keySet()), "codes without an owner");
    }

    static Stream<Rule> rules() {
        return Checker.RULES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleHasAValidFixtureThatComesCloseAndPasses(Rule rule) throws IOException {
        String name = rule.getClass().getSimpleName();
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(VALID)) {
            fixtures = files.filter(f -> firstLine(f).startsWith("# valid for: " + name + ":"))
                    .toList();
        }
        assertTrue(!fixtures.isEmpty(), "no file in " + VALID + " starts with '# valid for: " + name + ": ...'");
        for (Path fixture : fixtures) {
            RuleTester.of(rule)
                    .source(Files.readString(fixture, StandardCharsets.UTF_8))
                    .run();
        }
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
