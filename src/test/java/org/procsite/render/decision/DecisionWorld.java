package org.procsite.render.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The world model of the decision page ({@code decision-world.js}): the page's own state machine,
 * the tab's history, the storages and the clock. It runs in a browser page that defines
 * {@code DecisionModel} (any decision.html), and keeps no state of its own there: each call takes
 * the world as JSON and gives the next one.
 */
final class DecisionWorld {

    private static final String SCRIPT = read();

    private final PageBrowser browser;
    private final String window;

    /** Loads the world model into the decision page the browser shows; it stays in that window. */
    DecisionWorld(PageBrowser browser) {
        this.browser = browser;
        this.window = browser.driver().getWindowHandle();
        browser.js(SCRIPT);
    }

    private Object js(String script, Object... args) {
        if (!window.equals(browser.driver().getWindowHandle())) {
            browser.driver().switchTo().window(window);
        }
        return browser.js(script, args);
    }

    /** 25 November 2026 at a time of day, in the machine's zone (the page's clock is local too). */
    static long at(int minuteOfDay) {
        return LocalDateTime.of(2026, 11, 25, 0, 0)
                .plusMinutes(minuteOfDay)
                .atZone(ZoneId.systemDefault())
                .toInstant()
                .toEpochMilli();
    }

    /** A fresh tab that opened the page at {@code now}. */
    Object open(long now) {
        return js("return DecisionWorld.apply(DecisionWorld.fresh(arguments[0]), {type: 'reopen'})", now);
    }

    /** What the gesture would tap on the screen of this world: { available, to, case, index }. */
    @SuppressWarnings("unchecked")
    Map<String, Object> plan(Object world, Gesture g) {
        return (Map<String, Object>) js("return DecisionWorld.plan(arguments[0], arguments[1])", world, g.json());
    }

    /**
     * The world after a gesture at time {@code now}, with what its screen must show and the rules
     * it broke: { world, observed, broken }.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> apply(Object world, Gesture g, long now) {
        return (Map<String, Object>) js(
                "const w = JSON.parse(JSON.stringify(arguments[0])); w.now = arguments[2];"
                        + "const next = DecisionWorld.apply(w, arguments[1]);"
                        + "return {world: next, observed: DecisionWorld.observe(next), broken: DecisionWorld.rules(w, arguments[1], next)};",
                world,
                g.json(),
                now);
    }

    /** Runs a whole sequence from a fresh tab: { at: index of the first gesture that broke a rule or -1, broken }. */
    @SuppressWarnings("unchecked")
    Map<String, Object> run(long start, List<Gesture> gestures) {
        return (Map<String, Object>) js(
                "return DecisionWorld.run(arguments[0], arguments[1])",
                start,
                gestures.stream().map(Gesture::json).toList());
    }

    private static String read() {
        try (InputStream in = DecisionWorld.class.getResourceAsStream("decision-world.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
