package org.procsite.render.decision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.procsite.model.Procedure;

/**
 * Not a test: makes the README's phone screenshots (360 × 640 CSS px, device scale 2) of the
 * seed's decision page, a question, the wait and the escalation, into docs/screenshots/.
 * Run with {@code mvn test -Dtest=DecisionScreenshots -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class DecisionScreenshots {

    @Test
    void makeScreenshots(@TempDir Path folder) throws IOException {
        Procedure seed = DecisionPages.procedure(DecisionPages.SEED);
        String url = DecisionPages.writeTo(folder, seed, "decision.html");
        Path out = Path.of("docs/screenshots");
        Files.createDirectories(out);
        try (Chromium browser = Chromium.plain()) {
            browser.cdp(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 640, "deviceScaleFactor", 2, "mobile", true));
            FixedClock clock = FixedClock.at(browser, 14, 38, 0);
            browser.openFresh(url);
            // A question, after a first answer and a step, so the trail has entries below.
            walk(browser, List.of("Oui, mais le mot de passe est incorrect", "Fait, continuer"));
            shoot(browser, out.resolve("decision-question.png"));
            browser.openFresh(url);
            walk(
                    browser,
                    List.of(
                            "Oui, mais le mot de passe est incorrect",
                            "Fait, continuer",
                            "Non, il n'arrive pas à se connecter sur sa boîte mail universitaire pour récupérer le code",
                            "Non, il n'a pas d'email secondaire associé (cas de figure 2)",
                            "Fait, continuer"));
            shoot(browser, out.resolve("decision-wait.png"));
            walk(
                    browser,
                    List.of(
                            "Mise à jour passée, continuer",
                            "Fait, continuer",
                            "Non, il n'arrive toujours pas à se connecter"));
            shoot(browser, out.resolve("decision-escalation.png"));
            // Two students: A12 waits for the update, the second one is at the start.
            browser.openFresh(url);
            browser.driver().findElement(By.id("case-label")).sendKeys("A12");
            walk(
                    browser,
                    List.of(
                            "Oui, mais le mot de passe est incorrect",
                            "Fait, continuer",
                            "Non, il n'arrive pas à se connecter sur sa boîte mail universitaire pour récupérer le code",
                            "Non, il n'a pas d'email secondaire associé (cas de figure 2)",
                            "Fait, continuer"));
            browser.click(browser.driver().findElement(By.cssSelector("[data-action='new-case']")));
            browser.awaitNode(seed.start());
            walk(browser, List.of("Oui, mais le mot de passe est incorrect"));
            shoot(browser, out.resolve("decision-cases.png"));
            Path extraCases = Path.of("target/screenshots");
            Files.createDirectories(extraCases);
            browser.click(
                    browser.driver().findElements(By.cssSelector("[data-case]")).get(0));
            browser.awaitNode("attendre-mise-a-jour");
            browser.js("window.scrollTo(0, 0); document.activeElement.blur();");
            shoot(browser, extraCases.resolve("decision-cases-wait.png"));
            browser.js("window.scrollTo(0, document.body.scrollHeight)");
            shoot(browser, extraCases.resolve("decision-cases-tools.png"));
            // Not for the README, to look at: dark mode, and the printed page (first screen).
            Path extra = Path.of("target/screenshots");
            Files.createDirectories(extra);
            browser.cdp(
                    "Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            shoot(browser, extra.resolve("decision-escalation-dark.png"));
            browser.driver().get(url + "#attendre-mise-a-jour");
            shoot(browser, extra.resolve("decision-wait-dark.png"));
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
            shoot(browser, extra.resolve("decision-print.png"));
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
            clock.remove();
        }
        // Without JavaScript, as an iPhone's file previewer shows it.
        try (Chromium browser = Chromium.plain()) {
            browser.cdp(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 640, "deviceScaleFactor", 2, "mobile", true));
            browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            browser.driver().get(url);
            shoot(browser, out.resolve("decision-no-javascript.png"));
        }
        // index.html, with a site_url so that it shows its QR code: the whole page, 360 px wide.
        Path withUrl = folder.resolve("with-url.yaml");
        Files.writeString(
                withUrl,
                Files.readString(DecisionPages.SEED)
                        .replace(
                                "updated: 2026-11-24",
                                "updated: 2026-11-24\nsite_url: https://example.org/urgence/decision.html"));
        Map<String, org.procsite.render.SiteFile> files = new org.procsite.render.SiteRenderer(
                        List.of(new IndexPageRenderer()))
                .render(
                        DecisionPages.procedure(withUrl),
                        org.procsite.render.Templates.from(java.util.Optional.of(Path.of("templates"))));
        Path index = folder.resolve("index.html");
        Files.write(index, files.get(IndexPageRenderer.FILE_NAME).bytes());
        try (Chromium browser = Chromium.plain()) {
            browser.cdp(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 640, "deviceScaleFactor", 2, "mobile", true));
            browser.driver().get(index.toUri().toString());
            long height = (Long) browser.js("return document.documentElement.scrollHeight");
            browser.cdp(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", height, "deviceScaleFactor", 2, "mobile", true));
            shoot(browser, out.resolve("index.png"));
        }
    }

    private static void walk(Chromium browser, List<String> labels) {
        for (String label : labels) {
            browser.click(browser.visibleNode().findElements(By.cssSelector("[data-next]")).stream()
                    .filter(e -> e.getText().strip().equals(label))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no control '" + label + "' on " + browser.visibleNodeId())));
        }
        browser.js("window.scrollTo(0, 0); document.activeElement.blur();");
    }

    private static void shoot(Chromium browser, Path file) throws IOException {
        Path shot = browser.driver().getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
