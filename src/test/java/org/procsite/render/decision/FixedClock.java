package org.procsite.render.decision;

import java.util.Map;

/**
 * Stops the page's clock at a given local time, before any of its scripts run, through
 * {@code Page.addScriptToEvaluateOnNewDocument}: {@code Date.now()} and {@code new Date()}
 * return that instant, while {@code new Date(x)} still works. Remove it with {@link #remove}.
 */
final class FixedClock {

    private final Chromium browser;
    private final String identifier;

    private FixedClock(Chromium browser, String identifier) {
        this.browser = browser;
        this.identifier = identifier;
    }

    static FixedClock at(Chromium browser, int hour, int minute, int second) {
        return at(browser, 0, hour, minute, second);
    }

    /**
     * The clock on 25 November 2026 plus {@code days}, at the given local time. The test can move
     * it later in the same page with {@code window.procsiteTestClock(h, m, s)}.
     */
    static FixedClock at(Chromium browser, int days, int hour, int minute, int second) {
        String script = "(() => {"
                + " const Real = Date;"
                + " let fixed = new Real(2026, 10, 25 + " + days + ", " + hour + ", " + minute + ", " + second
                + ").getTime();"
                + " class Fixed extends Real {"
                + "  constructor(...a) { if (a.length === 0) { super(fixed); } else { super(...a); } }"
                + "  static now() { return fixed; }"
                + " }"
                + " window.Date = Fixed;"
                + " window.procsiteTestClock = (h, m, s) => {"
                + "  const d = new Real(fixed); d.setHours(h, m, s, 0); fixed = d.getTime(); };"
                + "})();";
        @SuppressWarnings("unchecked")
        Map<String, Object> result =
                (Map<String, Object>) browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
        return new FixedClock(browser, String.valueOf(result.get("identifier")));
    }

    void remove() {
        browser.cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
    }
}
