package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procsite.serve.Snapshot;

/** What {@code serve} prints after each build: a failure, then that it recovered. */
class ServeConsoleTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ServeCommand.Console console = new ServeCommand.Console();

    @Test
    void afterAFailedRebuildTheNextGoodOneSaysItRecovered() {
        report(build(Optional.of("the site could not be rebuilt: StackOverflowError")));
        assertEquals("procsite serve: the site could not be rebuilt: StackOverflowError\n", err.toString());
        assertFalse(out.toString().contains("recovered"), out::toString);

        report(build(Optional.empty()));
        assertTrue(
                out.toString().matches("\\d\\d:\\d\\d:\\d\\d recovered: the rebuild after the failure above worked\n"),
                out::toString);

        report(build(Optional.empty()));
        assertEquals(1, out.toString().lines().count(), "said once: " + out);
    }

    @Test
    void controlCharactersInAFailureAreEscaped() {
        report(build(Optional.of("static/\u001b[31mred\u202e.txt could not be read")));
        assertEquals("procsite serve: static/\\u001b[31mred\\u202e.txt could not be read\n", err.toString());
    }

    @Test
    void aFailureOfTheFirstStageIsNotSaidAgainWhenThePdfIsAdded() {
        String clash = "static/index.html has the name of a file procsite makes; rename it, or change the page"
                + " through templates/";
        report(build(Optional.of(clash)));
        report(secondStage(Optional.of(clash)));
        assertEquals("procsite serve: " + clash + "\n", err.toString(), "said once");

        report(build(Optional.of(clash)));
        assertEquals(2, err.toString().lines().count(), "the next save's build says it again: " + err);
    }

    @Test
    void aFailureThatOnlyTheSecondStageMeetsIsSaid() {
        report(build(Optional.empty()));
        report(secondStage(Optional.of("the list of procedures could not be rendered: StackOverflowError")));
        assertEquals(
                "procsite serve: the list of procedures could not be rendered: StackOverflowError\n", err.toString());
    }

    private void report(Snapshot snapshot) {
        ServeCommand.report(snapshot, console, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static Snapshot build(Optional<String> failure) {
        return new Snapshot("", Map.of(), Map.of(), List.of(), Set.of(), List.of(), failure, 0, 0);
    }

    /** The same build once its PDF is made (the preview's second stage). */
    private static Snapshot secondStage(Optional<String> failure) {
        return new Snapshot(
                "", Map.of(), Map.of(), List.of(), Set.of(), List.of(), failure, 0, 0, Optional.empty(), true);
    }
}
