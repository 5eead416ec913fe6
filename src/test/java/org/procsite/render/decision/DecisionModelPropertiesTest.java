package org.procsite.render.decision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.procsite.testing.Files2;
import org.procsite.testing.TestProcedures;

/**
 * The decision page's state machine alone (decision-model.js), in the world of a browser tab
 * (decision-world.js): thousands of random sequences of taps, back, forward, switches, new
 * students, Terminer, Recommencer, undo, reloads, reopenings, deep links, clock jumps, 12 hours of
 * silence and damaged storage, each event checked against the rules of docs/decision-page.md.
 * The model runs in Chromium, as the page inlines it (no page is driven: one script per sequence).
 * A failure prints jqwik's seed and the shrunk sequence; the next run replays it first.
 */
class DecisionModelPropertiesTest {

    private static Path folder;
    private static Chromium browser;
    private static DecisionWorld seed;
    private static DecisionWorld lab;
    private static DecisionWorld several;

    @BeforeContainer
    static void start() throws IOException {
        folder = Files.createTempDirectory("decision-model-");
        browser = Chromium.plain();
        seed = worldOf(TestProcedures.SEED, "seed.html");
        lab = worldOf(TestProcedures.LAB, "lab.html");
        several = worldOf(Path.of("src/test/resources/procedures/odd-text.yaml"), "odd.html");
    }

    /** Each world lives in its own window, on the page of its procedure. */
    private static DecisionWorld worldOf(Path procedure, String name) {
        String url = DecisionPages.writeTo(folder, DecisionPages.procedure(procedure), name);
        if (seed != null) {
            browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        }
        browser.driver().get(url);
        return new DecisionWorld(browser);
    }

    @AfterContainer
    static void stop() throws IOException {
        browser.close();
        Files2.deleteTree(folder);
    }

    @Provide
    Arbitrary<List<Gesture>> sequences() {
        return Gesture.sequences(true, false, 1, 60);
    }

    @Provide
    Arbitrary<List<Gesture>> sequencesWithStorageShift() {
        return Gesture.sequences(false, true, 1, 60);
    }

    @Property(tries = 2500)
    void theSeedFollowsEveryRule(
            @ForAll("sequences") List<Gesture> gestures, @ForAll @IntRange(min = 0, max = 1439) int minute) {
        check(seed, gestures, minute);
    }

    @Property(tries = 800)
    void anEnglishProcedureFollowsEveryRule(
            @ForAll("sequences") List<Gesture> gestures, @ForAll @IntRange(min = 0, max = 1439) int minute) {
        check(lab, gestures, minute);
    }

    @Property(tries = 800)
    void aProcedureOfASiteFollowsEveryRuleWhenSilenceMovesTheStoredTimes(
            @ForAll("sequencesWithStorageShift") List<Gesture> gestures,
            @ForAll @IntRange(min = 0, max = 1439) int minute) {
        check(several, gestures, minute);
    }

    private static void check(DecisionWorld world, List<Gesture> gestures, int minute) {
        Map<String, Object> result = world.run(DecisionWorld.at(minute), gestures);
        int at = ((Number) result.get("at")).intValue();
        if (at >= 0) {
            throw new AssertionError("after " + gestures.subList(0, at + 1) + ": " + result.get("broken")
                    + "; the screen: " + result.get("observed"));
        }
    }
}
