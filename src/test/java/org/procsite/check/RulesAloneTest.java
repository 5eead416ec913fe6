package org.procsite.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.diag.Code;

/** Rules run one at a time with {@link RuleTester}: what each reports, and what it holds back. */
class RulesAloneTest {

    private static final String HEAD = """
            title: T
            lang: en
            version: "1"
            updated: 2026-11-24
            contacts:
              desk:
                name: Desk
                phone: "01 23 45 67 89"
            start: ask
            nodes:
            """;

    private static final String LOOP = HEAD + """
              ask:
                type: question
                title: Works?
                choices:
                  - label: "Yes"
                    next: done
                  - label: "No"
                    next: retry
              retry:
                type: step
                title: Retry
                next: ask
              done:
                type: success
                title: Done
            """;

    @Test
    void noCyclesSpellsTheLoopAtTheReferenceThatClosesIt() {
        RuleTester.of(new NoCycles())
                .source(LOOP)
                .expect(22, 11, Code.CYCLE, "cycle: ask -> retry -> ask")
                .run();
    }

    @Test
    void endsReachableSaysTheEscalationIsMissing() {
        RuleTester.of(new EndsReachable())
                .source(LOOP.replace("next: ask", "next: done"))
                .expect(
                        9,
                        8,
                        Code.NO_ESCALATION,
                        "no escalation end can be reached from the start: the last resort is missing")
                .run();
    }

    @Test
    void graphRulesHoldBackWhatABrokenNextWouldOnlyEcho() {
        String broken = LOOP.replace("next: ask", "next: nowhere");
        RuleTester.of(new EndsReachable()).source(broken).run();
        RuleTester.of(new Reachability()).source(broken).run();
        RuleTester.of(new ResolvedReferences())
                .source(broken)
                .expect(22, 11, Code.DANGLING_REFERENCE, "'next' points to 'nowhere', which is not a node")
                .run();
    }

    @Test
    void aMistypedKeyIsNotAlsoCalledMissing() {
        String mistyped = LOOP.replace("    next: ask", "    nxt: ask");
        RuleTester.of(new OneNext()).source(mistyped).run();
        RuleTester.of(new OneNext())
                .source(LOOP.replace("    next: ask\n", ""))
                .expect(19, 3, Code.MISSING_NEXT, "step 'retry' has no 'next': the procedure stops here")
                .run();
    }

    @Test
    void questionChoicesComparesLabelsWhateverTheirCaseAndSpaces() {
        RuleTester.of(new QuestionChoices())
                .source(LOOP.replace("label: \"No\"", "label: \" yes \""))
                .expect(17, 16, Code.DUPLICATE_LABEL, "question 'ask' has the label ' yes ' twice (first at line 15)")
                .run();
    }

    @Test
    void translatedLanguageReadsTheTemplatesFolder(@TempDir Path dir) throws IOException {
        String italian = LOOP.replace("lang: en", "lang: it");
        RuleTester.of(new TranslatedLanguage())
                .source(italian)
                .expect(2, 7, Code.UNTRANSLATED_LANG, "the page texts have no 'it' translation; English is used")
                .run();
        Files.writeString(dir.resolve("messages_it.properties"), "decision.back=Indietro\n", StandardCharsets.UTF_8);
        RuleTester.of(new TranslatedLanguage())
                .source(italian)
                .translations(Translations.bundledAnd(dir))
                .run();
    }
}
