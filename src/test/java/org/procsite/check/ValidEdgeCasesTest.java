package org.procsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procsite.model.Choice;
import org.procsite.model.Procedure;
import org.procsite.model.Question;
import org.procsite.model.Wait;

/** YAML 1.1 surprises that must not happen: every value stays the text that was written. */
class ValidEdgeCasesTest {

    private static final Path VALID = Path.of("src/test/resources/fixtures/valid");

    private static Procedure load(String name) throws IOException {
        CheckResult result = Procedures.check(VALID.resolve(name));
        assertEquals(List.of(), result.diagnostics());
        return result.procedure().orElseThrow();
    }

    private static List<String> labels(Procedure p, String id) {
        return ((Question) p.node(id)).choices().stream().map(Choice::label).toList();
    }

    @Test
    void yesNoAndOnLabelsStayText() throws IOException {
        assertEquals(List.of("yes", "no", "on"), labels(load("yes-no-labels.yaml"), "ask"));
    }

    @Test
    void anUnquotedVersionAndPhoneKeepTheirDigits() throws IOException {
        Procedure p = load("yes-no-labels.yaml");

        assertEquals("1.0", p.version());
        assertEquals("0612345678", p.contacts().get("desk").phone());
    }

    @Test
    void aTimeInATitleOrStepStaysATime() throws IOException {
        Wait wait = (Wait) load("yes-no-labels.yaml").node("later");

        assertEquals("Wait until 12:15", wait.title());
        assertEquals(List.of("Next try at 12:15"), wait.steps());
    }

    @Test
    void yesNoAndOffWorkAsIdsAndTimesAsLabels() throws IOException {
        Procedure p = load("keys-yes-no.yaml");

        assertEquals("no", p.start());
        assertEquals(List.of("12:15", "12:30"), labels(p, "no"));
        assertEquals(List.of("off", "yes"), p.node("no").successors());
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        assertEquals("Test procedure", load("bom.yaml").title());
    }
}
