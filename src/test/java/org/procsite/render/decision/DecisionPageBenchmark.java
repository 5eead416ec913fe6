package org.procsite.render.decision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.model.Procedure;

/**
 * Not a test, a benchmark (timings under throttling are noisy: never pass/fail on them). Prints
 * the seed's decision page size and its time to first interaction in headless Chromium with
 * the CPU throttled 4×: from navigation start to the {@code decision-ready} performance mark
 * that decision.js sets once the page is wired up. One warm-up load, then the median of 5.
 * Run with {@code bench/decision-page.sh}; the result also lands in target/bench/decision-page.txt.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DecisionPageBenchmark {

    private static final int RUNS = 9;

    @Test
    void sizeAndTimeToFirstInteraction(@TempDir Path folder) throws IOException {
        Procedure seed = DecisionPages.procedure(DecisionPages.SEED);
        String url = DecisionPages.writeTo(folder, seed, "decision.html");
        long size = Files.size(folder.resolve("decision.html"));
        // -Dbench.baseline=FILE: another decision.html of the seed (an earlier version's), timed in
        // the same browser, run by run alternated with this one.
        String baselineFile = System.getProperty("bench.baseline", "");
        String baseline = null;
        if (!baselineFile.isEmpty()) {
            Files.copy(Path.of(baselineFile), folder.resolve("baseline.html"));
            baseline = folder.resolve("baseline.html").toUri().toString();
        }
        List<Double> ready = new ArrayList<>();
        List<Double> loaded = new ArrayList<>();
        List<Double> baselineReady = new ArrayList<>();
        try (Chromium browser = Chromium.plain()) {
            browser.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            for (int run = 0; run <= RUNS; run++) {
                double[] mine = time(browser, url, seed.start());
                if (run > 0) { // run 0 warms the browser up
                    ready.add(mine[0]);
                    loaded.add(mine[1]);
                }
                if (baseline != null) {
                    double[] theirs = time(browser, baseline, seed.start());
                    if (run > 0) {
                        baselineReady.add(theirs[0]);
                    }
                }
            }
        }
        String report = String.format(
                Locale.ROOT,
                "decision.html (seed): %d bytes (%.1f KiB, limit 50 KB: 50,000 bytes)%n"
                        + "time to first interaction, CPU throttled 4x, median of %d: %.1f ms (runs: %s)%n"
                        + "load event end, same runs, median: %.1f ms%n",
                size,
                size / 1024.0,
                RUNS,
                median(ready),
                format(ready),
                median(loaded));
        if (baseline != null) {
            report += String.format(
                    Locale.ROOT,
                    "baseline %s, alternated run by run: %.1f ms (runs: %s); ratio %.2f%n",
                    baselineFile,
                    median(baselineReady),
                    format(baselineReady),
                    median(ready) / median(baselineReady));
        }
        System.out.print(report);
        Path out = Path.of("target/bench/decision-page.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** One load of a page: [its decision-ready mark, its load event end], in ms. */
    private static double[] time(Chromium browser, String url, String start) {
        browser.driver().get("about:blank");
        browser.driver().get(url);
        browser.awaitNode(start);
        double r = ((Number) browser.js("return performance.getEntriesByName('decision-ready')[0].startTime"))
                .doubleValue();
        double l = ((Number) browser.js("return performance.getEntriesByType('navigation')[0].loadEventEnd"))
                .doubleValue();
        return new double[] {r, l};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(List<Double> values) {
        return values.stream()
                .map(v -> String.format(Locale.ROOT, "%.1f", v))
                .toList()
                .toString();
    }
}
