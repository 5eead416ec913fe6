package org.procsite.render.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * One thing a proctor does to the decision page, or that happens to it: a tap, the browser's back,
 * a reload, an hour passing. {@code i} picks among what the screen offers (the i-th answer, row or
 * step, modulo their number); {@code text} is a name typed or what damaged storage holds;
 * {@code ms} a jump of the clock. The page's world model (decision-world.js) and the real page
 * take the same gestures.
 */
record Gesture(String type, int i, String text, long ms) {

    /** As the world model reads it. */
    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("i", i);
        if (text != null) {
            m.put("text", text);
        }
        m.put("ms", ms);
        m.put("shift", "silence".equals(type) && ms < 0);
        return m;
    }

    @Override
    public String toString() {
        return type + (i != 0 ? " " + i : "") + (text != null ? " '" + text + "'" : "") + (ms != 0 ? " " + ms + "ms" : "");
    }

    /** What damaged storage may hold: not JSON, the wrong shape, a bad time, a label not a string. */
    static final List<String> DAMAGE = List.of(
            "{",
            "null",
            "[]",
            "{\"cases\":5}",
            "{\"v\":2,\"seq\":1,\"current\":\"c1-a\",\"cases\":[{\"id\":\"c1-a\",\"n\":1,\"label\":7,\"changed\":1,"
                    + "\"trail\":[{\"node\":\"x\",\"arrived\":1,\"answer\":null,\"at\":null}]}]}",
            "{\"v\":2,\"seq\":\"a\",\"current\":3,\"cases\":[{\"id\":\"c1-a\",\"n\":1,\"label\":\"\",\"changed\":\"hier\","
                    + "\"trail\":[]}]}");

    private static Arbitrary<Gesture> plain(String type) {
        return Arbitraries.integers().between(0, 7).map(i -> new Gesture(type, i, null, 0));
    }

    /**
     * Gestures in the proportions of a shift in the exam room, taps first; {@code clock} adds the
     * clock's jumps (where the test can move the page's clock), {@code silenceByShift} makes
     * "12 hours of silence" move the stored times back rather than the clock forward.
     */
    static Arbitrary<Gesture> any(boolean clock, boolean silenceByShift) {
        Arbitrary<Gesture> label = Arbitraries.of("Place 12", "Léa", "  B-7  ", "")
                .map(t -> new Gesture("label", 0, t, 0));
        Arbitrary<Gesture> damage = Arbitraries.of(DAMAGE).map(t -> new Gesture("damage", 0, t, 0));
        Arbitrary<Gesture> silence = Arbitraries.just(new Gesture("silence", 0, null, silenceByShift ? -1 : 0));
        Arbitrary<Gesture> jump = Arbitraries.of(60_000L, 5 * 60_000L, 16 * 60_000L, 6 * 3_600_000L)
                .map(ms -> new Gesture("jump", 0, null, ms));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, plain("tap")),
                net.jqwik.api.Tuple.of(8, plain("back")),
                net.jqwik.api.Tuple.of(3, plain("forward")),
                net.jqwik.api.Tuple.of(4, plain("retour")),
                net.jqwik.api.Tuple.of(5, plain("new-case")),
                net.jqwik.api.Tuple.of(5, plain("switch-case")),
                net.jqwik.api.Tuple.of(3, plain("close-case")),
                net.jqwik.api.Tuple.of(3, plain("restart")),
                net.jqwik.api.Tuple.of(3, plain("undo")),
                net.jqwik.api.Tuple.of(2, plain("trail")),
                net.jqwik.api.Tuple.of(1, label),
                net.jqwik.api.Tuple.of(3, plain("reload")),
                net.jqwik.api.Tuple.of(2, plain("reopen")),
                net.jqwik.api.Tuple.of(1, plain("newTab")),
                net.jqwik.api.Tuple.of(2, plain("link")),
                net.jqwik.api.Tuple.of(clock ? 3 : 0, jump),
                net.jqwik.api.Tuple.of(1, silence),
                net.jqwik.api.Tuple.of(1, damage));
    }

    static Arbitrary<List<Gesture>> sequences(boolean clock, boolean silenceByShift, int min, int max) {
        return any(clock, silenceByShift).list().ofMinSize(min).ofMaxSize(max);
    }

}
