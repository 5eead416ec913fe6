package org.procsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;

class CycleMessageTest {

    private static final String HEAD = """
            title: T
            lang: en
            version: "1"
            updated: 2026-11-24
            contacts:
              desk: {name: Desk, phone: "01 23 45 67 89"}
            start: a
            nodes:
              a:
                type: question
                title: A?
                choices:
                  - {label: Done, next: done}
                  - {label: Call, next: call}
                  - {label: On, next: b}
              done: {type: success, title: Done}
              call: {type: escalation, title: Call, contact: desk}
            """;

    private static List<Diagnostic> cycles(String yaml) {
        return Procedures.check(yaml).diagnostics().stream()
                .filter(d -> d.code() == Code.CYCLE)
                .toList();
    }

    @Test
    void aTwoNodeCycleIsSpelledOutAtTheReferenceThatClosesIt() {
        List<Diagnostic> found = cycles(HEAD + "  b: {type: step, title: B, next: a}\n");

        assertEquals(1, found.size());
        assertEquals("cycle: a -> b -> a", found.get(0).message());
        assertEquals(18, found.get(0).pos().line());
        assertEquals(35, found.get(0).pos().column());
    }

    @Test
    void aLongCycleIsShortenedInTheMessage() {
        StringBuilder yaml = new StringBuilder(HEAD);
        for (int i = 0; i < 30; i++) {
            yaml.append("  ")
                    .append(i == 0 ? "b" : "s" + i)
                    .append(": {type: step, title: S, next: ")
                    .append(i == 29 ? "a" : "s" + (i + 1))
                    .append("}\n");
        }

        List<Diagnostic> found = cycles(yaml.toString());

        assertEquals(1, found.size());
        assertEquals(
                "cycle: a -> b -> s1 -> s2 -> s3 -> s4 -> ... -> s29 -> a",
                found.get(0).message());
    }

    @Test
    void aNodeThatPointsToItselfIsACycle() {
        List<Diagnostic> found = cycles(HEAD + "  b: {type: step, title: B, next: b}\n");

        assertEquals(
                List.of("cycle: b -> b"),
                found.stream().map(Diagnostic::message).toList());
    }
}
