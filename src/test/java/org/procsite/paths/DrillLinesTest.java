package org.procsite.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.procsite.model.Procedure;

/** {@link DrillLines}: a drill of the tiny procedure as {@code paths --drills} prints it, and as {@code --diff} says it changed. */
class DrillLinesTest {

    private static final String DRILL = "answers: [\"No\", \"Yes\"]";

    private static String walk(Procedure procedure) {
        return DrillLines.walk(procedure, procedure.drills().get(0));
    }

    @Test
    void aDrillIsItsStepNumbersThenTheIdOfItsEnd() {
        assertEquals("Reset works: 1 → 2 → 3 → done", walk(Tiny.procedure()));
    }

    @Test
    void aDrillThatEndsElsewhereSaysWhereItMustEnd() {
        assertEquals(
                "Reset works: 1 → 2 → call (it must end at done)",
                walk(Tiny.edited(DRILL, "answers: [\"No\", \"No\"]")));
    }

    @Test
    void anAnswerNotOfferedIsNamedWithItsNumber() {
        assertEquals(
                "Reset works: 1 → 2 (answer 2 'Maybe' is not offered there)",
                walk(Tiny.edited(DRILL, "answers: [\"No\", \"Maybe\"]")));
        assertEquals("Reset works: 1 → 2 (the answers run out there)", walk(Tiny.edited(DRILL, "answers: [\"No\"]")));
        assertEquals(
                "Reset works: 1 → 2 → 3 → done (1 answer left over)",
                walk(Tiny.edited(DRILL, "answers: [\"No\", \"Yes\", \"Yes\"]")));
    }

    @Test
    void aRevisionThatSendsADrillElsewhereIsOneLine() {
        Procedure old = Tiny.procedure();
        // reset's answers now lead the other way round.
        Procedure neu = Tiny.procedure(Tiny.YAML
                .replace("\"Yes\"\n        next: sync", "\"Yes\"\n        next: CALL")
                .replace("\"No\"\n        next: call", "\"No\"\n        next: sync")
                .replace("next: CALL", "next: call"));

        assertEquals(
                List.of("drill \"Reset works\": ends at done → ends at call, after answer 2 'Yes' at reset"
                        + " (it must end at done)"),
                DrillLines.changes(old, neu));
        assertEquals(List.of(), DrillLines.changes(old, Tiny.procedure()));
    }
}
