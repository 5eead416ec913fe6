package org.procsite.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.procsite.model.Procedure;
import org.procsite.paths.PathDiff.Entry;
import org.procsite.paths.PathDiff.Kind;
import org.procsite.paths.PathDiff.Result;

/** {@link PathDiff} between the tiny procedure and one edit of it: what each kind of edit does to its paths. */
class PathDiffTest {

    private final Procedure tiny = Tiny.procedure();

    private Result diff(Procedure neu) {
        return PathDiff.compare(tiny, PathLister.list(tiny, Long.MAX_VALUE), neu, PathLister.list(neu, Long.MAX_VALUE));
    }

    private static Entry only(Result result) {
        assertEquals(1, result.entries().size(), result.entries()::toString);
        return result.entries().get(0);
    }

    @Test
    void theSameProcedureHasEveryPathUnchanged() {
        Result result = diff(Tiny.procedure());

        assertEquals(List.of(), result.entries());
        assertEquals(3, result.unchanged());
        assertEquals(3, result.before());
        assertEquals(3, result.after());
    }

    @Test
    void newStepNumbersAloneChangeNoPath() {
        // The wait moves to the end of the file: it is numbered last, and says the same.
        String sync = Tiny.YAML.substring(Tiny.YAML.indexOf("  sync:"), Tiny.YAML.indexOf("  done:"));
        Procedure moved = Tiny.procedure(Tiny.YAML.replace(sync, "").replace("drills:", sync + "drills:"));

        assertNotEquals(tiny.node("sync").number(), moved.node("sync").number());
        assertEquals(List.of(), diff(moved).entries());
    }

    @Test
    void aRenamedAnswerThatLeadsTheSameWayRelabelsItsPaths() {
        Entry entry =
                only(diff(Tiny.edited("- label: \"Yes\"\n        next: sync", "- label: Fixed\n        next: sync")));

        assertEquals(Kind.RELABELLED, entry.kind());
        assertEquals("No / Yes", entry.before().orElseThrow().answers());
        assertEquals("No / Fixed", entry.name());
    }

    @Test
    void whatAProctorReadsDifferentlyAlongAPathIsSaidLineByLine() {
        Entry entry = only(diff(Tiny.edited("every_minutes: 15", "every_minutes: 10")));

        assertEquals(Kind.CHANGED, entry.kind());
        assertEquals(
                List.of("-   every 15 minutes   (sync)", "+   every 10 minutes   (sync)"),
                entry.change().lines());
        assertEquals(List.of(), entry.change().through());
    }

    @Test
    void aNodeInsertedOnAPathIsWhatTheChangedPathNowPassesThrough() {
        Procedure neu = Tiny.procedure(Tiny.YAML
                .replace("        next: sync\n", "        next: clear\n")
                .replace(
                        "  sync:\n",
                        "  clear:\n    type: step\n    title: Clear the cache\n    next: sync\n  sync:\n"));

        Entry entry = only(diff(neu));

        assertEquals(Kind.CHANGED, entry.kind());
        assertEquals(List.of("clear"), entry.change().through());
        assertEquals(List.of(), entry.change().notThrough());
    }

    @Test
    void aNewAnswerAddsAPathNamedByThatAnswer() {
        Result result = diff(Tiny.edited(
                "        next: reset\n", "        next: reset\n      - label: Not sure\n        next: call\n"));

        Entry entry = only(result);
        assertEquals(Kind.ADDED, entry.kind());
        assertEquals("Not sure", entry.name());
        assertEquals(List.of("the answer \"Not sure\" of 'ask'"), entry.change().through());
        assertEquals(3, result.unchanged());
        assertEquals(List.of(4), result.groups().get(0).numbers());
    }

    @Test
    void aQuestionTakenOutReroutesThePathThatStillEndsAlikeAndRemovesTheOther() {
        // ask's "No" now goes straight to the call: "No / No" still ends there, "No / Yes" is gone.
        Result result = diff(procedureWithout("reset"));

        assertEquals(
                List.of(Kind.REMOVED, Kind.REROUTED),
                result.entries().stream().map(Entry::kind).toList());
        Entry removed = result.entries().get(0);
        assertEquals("No / Yes", removed.name());
        assertEquals(List.of("reset", "sync"), removed.change().notThrough());
        Entry rerouted = result.entries().get(1);
        assertEquals("No / No", rerouted.before().orElseThrow().answers());
        assertEquals("No", rerouted.name());
        assertEquals(List.of("reset"), rerouted.change().notThrough());
        assertEquals(1, result.unchanged());
    }

    /** The tiny procedure without its second question: "No" leads to the call. */
    private static Procedure procedureWithout(String reset) {
        String yaml = Tiny.YAML;
        String question = yaml.substring(yaml.indexOf("  " + reset + ":"), yaml.indexOf("  done:"));
        return Tiny.procedure(yaml.replace(question, "")
                .replace("next: " + reset, "next: call")
                .replace("answers: [\"No\", \"Yes\"]", "answers: [\"Yes\"]"));
    }
}
