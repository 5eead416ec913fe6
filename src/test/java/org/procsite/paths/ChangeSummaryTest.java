package org.procsite.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.procsite.model.Procedure;

/** {@link ChangeSummary}: each kind of edit of the tiny procedure is the one line a reviewer reads. */
class ChangeSummaryTest {

    private final Procedure tiny = Tiny.procedure();

    private List<String> summary(Procedure neu) {
        return ChangeSummary.lines(tiny, neu);
    }

    @Test
    void theSameProcedureSaysNothing() {
        assertEquals(List.of(), summary(Tiny.procedure()));
    }

    @Test
    void aWaitsMinutes() {
        assertEquals(
                List.of("changed sync: every 15 → 10 minutes"),
                summary(Tiny.edited("every_minutes: 15", "every_minutes: 10")));
    }

    @Test
    void anEscalationsContact() {
        assertEquals(List.of("changed call: contact desk → it"), summary(Tiny.edited("contact: desk", "contact: it")));
    }

    @Test
    void aChecklist() {
        assertEquals(
                List.of("changed sync: checklist"), summary(Tiny.edited("- Refresh the page", "- Reload the page")));
    }

    @Test
    void aTypeChangeIsSaidAloneWhenTheWayOnStaysTheSame() {
        Procedure neu = Tiny.procedure(
                Tiny.YAML.replace("type: wait\n", "type: step\n").replace("    every_minutes: 15\n", ""));

        assertEquals(List.of("changed sync: type wait → step"), summary(neu));
    }

    @Test
    void aStepsOrWaitsWayOnRepointed() {
        assertEquals(
                List.of("re-pointed sync: done → call"),
                summary(Tiny.edited("    next: done\n  done:", "    next: call\n  done:")));
    }

    @Test
    void anAnswerRepointedOrRelabelled() {
        assertEquals(
                List.of("re-pointed ask \"Yes\": done → sync"),
                summary(Tiny.edited("\"Yes\"\n        next: done", "\"Yes\"\n        next: sync")));
        assertEquals(
                List.of("relabelled an answer of reset: \"Yes\" → \"Fixed\""),
                summary(Tiny.edited("\"Yes\"\n        next: sync", "Fixed\n        next: sync")));
    }

    @Test
    void removedNodesThenTheAnswerThatLedToThem() {
        String yaml = Tiny.YAML;
        String gone = yaml.substring(yaml.indexOf("  reset:"), yaml.indexOf("  done:"));
        Procedure neu = Tiny.procedure(yaml.replace(gone, "").replace("next: reset", "next: call"));

        assertEquals(
                List.of(
                        "removed node reset (question): Did the reset work?",
                        "removed node sync (wait): Wait for the sync",
                        "re-pointed ask \"No\": reset → call"),
                summary(neu));
    }

    @Test
    void onlyTheVersionAndDateChangedIsTheSameContent() {
        Procedure neu = Tiny.procedure(
                Tiny.YAML.replace("version: \"1\"", "version: \"2\"").replace("2026-11-24", "2026-12-01"));

        assertTrue(ChangeSummary.sameContent(tiny, neu));
        assertEquals(List.of("version 1 (2026-11-24) → 2 (2026-12-01)"), summary(neu));
    }

    @Test
    void whatAProctorReadsIsContent() {
        assertFalse(ChangeSummary.sameContent(tiny, Tiny.edited("every_minutes: 15", "every_minutes: 10")));
        assertFalse(ChangeSummary.sameContent(tiny, Tiny.edited("contact: desk", "contact: it")));
        assertFalse(ChangeSummary.sameContent(tiny, Tiny.edited("- Refresh the page", "- Reload the page")));
    }
}
