package org.procsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;

/** W005: a phone number in a text that is no contact's, where it stands and what to do. */
class PhoneNumbersInTextsTest {

    /** A valid procedure: its escalation 'call' is on lines 14 to 17. */
    private static final String HEAD = "title: T\nlang: en\nversion: \"1\"\nupdated: 2026-11-24\n"
            + "contacts:\n  desk:\n    name: Desk\n    phone: \"04 76 00 00 00\"\n"
            + "start: fix\nnodes:\n  done:\n    type: success\n    title: Done\n"
            + "  call:\n    type: escalation\n    title: Call the desk\n    contact: desk\n"
            + "  ask: {type: question, title: Fixed, choices: [{label: 'Yes', next: done}, {label: 'No', next: call}]}\n";

    /** The procedure with a step 'fix' first, on lines 19 on, ending with the lines given. */
    private static String withStep(String lines) {
        return HEAD + "  fix:\n    type: step\n    title: Fix it\n    next: ask\n" + lines;
    }

    private static List<String> warnings(String yaml) {
        return Procedures.check(yaml).diagnostics().stream()
                .map(d -> d.pos() + " " + d.code().id() + " " + d.message() + " | "
                        + d.hint().orElse(""))
                .toList();
    }

    @Test
    void theOldNumberInAnEscalationsTextIsReportedWithTheContactsNumber() throws IOException {
        CheckResult result = Procedures.check(Path.of("src/test/resources/fixtures/warning/stale-phone-in-text.yaml"));
        Diagnostic text = result.diagnostics().get(1);
        assertEquals(Code.STRAY_PHONE_NUMBER, text.code());
        assertEquals("32:7", text.pos().toString());
        assertEquals(
                "the text of 'call' mentions 06 49 10 01 97, which is not the number of its contact 'desk'"
                        + " (04 76 00 00 00)",
                text.message());
        assertEquals(
                "the call button already shows 04 76 00 00 00 on every screen: remove the number from the text",
                text.hint().orElseThrow());
        Diagnostic label = result.diagnostics().get(0);
        assertEquals("22:49", label.pos().toString());
        assertEquals(
                "an answer of 'ask' mentions 06 49 10 01 97, which is not the number of any contact", label.message());
        assertEquals(2, result.diagnostics().size(), result.diagnostics().toString());
    }

    @Test
    void theContactsOwnNumberInAnyWritingIsNotReported() {
        assertEquals(
                List.of(), warnings(withStep("    text: Call 04.76.00.00.00, or +33 4 76 00 00 00, or 0476000000.\n")));
    }

    @Test
    void datesTimesShortNumbersAndCountsAreNotPhoneNumbers() {
        assertEquals(
                List.of(),
                warnings(withStep("    text: On 2026-11-24 at 12h15, dial 112; the 6-digit code 123456;"
                        + " version 1.0.2; 15 mn.\n")));
    }

    @Test
    void aNumberInAStepOrATitleIsReportedAtItsColumn() {
        assertEquals(
                List.of(
                        "16:17 W005 the title of 'call' mentions 06 49 10 01 97, which is not the number of its"
                                + " contact 'desk' (04 76 00 00 00) | the call button already shows 04 76 00 00 00 on every screen:"
                                + " remove the number from the text",
                        "24:23 W005 a step of 'fix' mentions +33 6 49 10 01 97, which is not the number of any"
                                + " contact | a number is kept in one place, 'contacts:': remove it from the text, or add it there as a"
                                + " contact"),
                warnings(withStep("    steps:\n      - Or try Bob on +33 6 49 10 01 97.\n")
                        .replace("title: Call the desk", "title: Dial 06 49 10 01 97")));
    }
}
