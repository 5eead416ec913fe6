package org.procsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procsite.diag.Code;
import org.procsite.load.Loader;

/**
 * The drill rules alone ({@link DrillsEndWhereTheySay}, {@link DrillNamesUnique}): what each
 * reports, and what it holds back while the graph is broken. The fixtures under
 * {@code fixtures/invalid/drill-*.yaml} show each code through {@code check}.
 */
class DrillRulesTest {

    /** A question, a wait, a step, a second question, both ends; 'drills:' on line 43. */
    private static final String BASE = """
            title: Test procedure
            lang: en
            version: "1.0"
            updated: 2026-11-24
            contacts:
              desk:
                name: Help desk
                phone: "01 23 45 67 89"
            start: ask
            nodes:
              ask:
                type: question
                title: Does it work?
                choices:
                  - label: Yes, it works
                    next: done
                  - label: No, it does not
                    next: wait-a-bit
              wait-a-bit:
                type: wait
                title: Wait for the next update
                every_minutes: 15
                next: retry
              retry:
                type: step
                title: Try again
                next: again
              again:
                type: question
                title: Does it work now?
                choices:
                  - label: "Yes"
                    next: done
                  - label: "No"
                    next: call
              done:
                type: success
                title: Done
              call:
                type: escalation
                title: Call the desk
                contact: desk
            drills:
            """;

    @Test
    void anAnswerThatBeginsTwoLabelsIsNotOffered() {
        String twoNo = BASE.replace(
                                "      - label: \"Yes\"\n        next: done",
                                "      - label: No, not yet\n        next: done")
                        .replace("      - label: \"No\"\n", "      - label: No, never\n")
                + """
                  - name: Not yet
                    answers: ["No", "No"]
                    ends: done
                """;
        RuleTester.of(new DrillsEndWhereTheySay())
                .source(twoNo)
                .expect(
                        45,
                        21,
                        Code.DRILL_ANSWER_NOT_OFFERED,
                        "answer 2 'No' of drill \"Not yet\" begins 2 answers of question 'again': 'No, not yet', 'No, never'")
                .run();
    }

    @Test
    void noAnswerAtAllRunsOutAtTheFirstQuestionAndIsSaidAtTheAnswersKey() {
        RuleTester.of(new DrillsEndWhereTheySay())
                .source(BASE + """
                          - name: Nothing tapped
                            answers: []
                            ends: done
                        """)
                .expect(
                        45,
                        5,
                        Code.DRILL_ANSWERS_RUN_OUT,
                        "drill \"Nothing tapped\" runs out of answers at question 'ask', before its first answer")
                .run();
    }

    @Test
    void whileAWayOnIsBrokenDrillsAreNotWalkedButAnEndsThatNamesNothingIsStillSaid() {
        String broken = BASE.replace("    next: again", "    next: agian") + """
                  - name: Works after the wait
                    answers: ["No", "Yess"]
                    ends: don
                """;
        RuleTester.of(new DrillsEndWhereTheySay())
                .source(broken)
                .expect(
                        46,
                        11,
                        Code.DRILL_ENDS_NO_NODE,
                        "'ends' points to 'don', which is not a node (did you mean 'done'?)")
                .run();
    }

    @Test
    void aCycleIsNotWalked() {
        RuleTester.of(new DrillsEndWhereTheySay())
                .source(BASE.replace("    next: again", "    next: ask") + """
                          - name: Round and round
                            answers: ["No", "No", "No"]
                            ends: done
                        """)
                .run();
    }

    @Test
    void aMistakeInADrillHoldsBackNoRuleAboutTheNodes() {
        String text =
                BASE.replace("nodes:\n", "nodes:\n  orphan:\n    type: success\n    title: Nobody comes here\n") + """
                  - name: Works at once
                    answer: ["Yes"]
                    ends: done
                """;
        List<String> codes =
                Checker.check(Loader.load("t.yaml", text.getBytes(StandardCharsets.UTF_8))).diagnostics().stream()
                        .map(d -> d.code().id())
                        .toList();
        assertEquals(List.of("E010", "E005"), codes, "the unreachable node is still said, and the mistyped key");
    }

    @Test
    void namesAreComparedWithoutTheSpacesAroundThem() {
        RuleTester.of(new DrillNamesUnique())
                .source(BASE + """
                          - name: Works at once
                            answers: ["Yes"]
                            ends: done
                          - name: "Works at once "
                            answers: ["Yes"]
                            ends: done
                        """)
                .expect(
                        47,
                        11,
                        Code.DUPLICATE_DRILL_NAME,
                        "drill name \"Works at once\" is used twice (first at line 44)")
                .run();
    }
}
