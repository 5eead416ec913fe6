package org.procsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.LoadResult;
import org.procsite.load.Loader;

/**
 * Runs one rule alone on a procedure, as Error Prone's {@code CompilationTestHelper} runs one
 * check: the diagnostics it reports must be exactly those expected, message included, and only
 * under the codes it owns.
 *
 * <pre>
 * RuleTester.of(new NoCycles()).source(yaml)
 *         .expect(26, 11, Code.CYCLE, "cycle: ask -> retry -> ask")
 *         .run();
 * </pre>
 */
final class RuleTester {

    private final Rule rule;
    private String source = "";
    private Translations translations = Translations.bundled();
    private final List<String> expected = new ArrayList<>();

    private RuleTester(Rule rule) {
        this.rule = rule;
    }

    static RuleTester of(Rule rule) {
        return new RuleTester(rule);
    }

    /** The procedure's YAML text. */
    RuleTester source(String yaml) {
        this.source = yaml;
        return this;
    }

    RuleTester translations(Translations languages) {
        this.translations = languages;
        return this;
    }

    /** One diagnostic the rule must report; none expected means the rule must report nothing. */
    RuleTester expect(int line, int column, Code code, String message) {
        expected.add(line + ":" + column + " " + code.id() + " " + message);
        return this;
    }

    /** Runs the rule; fails on a missing diagnostic, an unexpected one, or a code the rule does not own. */
    List<Diagnostic> run() {
        LoadResult loaded = Loader.load("test.yaml", source.getBytes(StandardCharsets.UTF_8));
        assertTrue(
                loaded.draft().isPresent(), () -> "the source does not load as a procedure: " + loaded.diagnostics());
        CheckContext context =
                new CheckContext(loaded.draft().get(), loaded.source().lines(), loaded.draftWhole(), translations);
        List<Diagnostic> reported = new ArrayList<>();
        rule.check(context, reported::add);
        String name = rule.getClass().getSimpleName();
        for (Diagnostic d : reported) {
            assertTrue(
                    rule.codes().contains(d.code()),
                    name + " reported " + d.code().id() + ", which it does not own: " + d);
        }
        List<String> actual = reported.stream()
                .map(d ->
                        d.pos().line() + ":" + d.pos().column() + " " + d.code().id() + " " + d.message())
                .sorted()
                .toList();
        assertEquals(expected.stream().sorted().toList(), actual, name + " on\n" + source);
        return reported;
    }
}
