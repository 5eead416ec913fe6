package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.procsite.model.Choice;
import org.procsite.model.Node;
import org.procsite.model.Procedure;
import org.procsite.model.Question;
import org.procsite.model.Step;
import org.procsite.model.Wait;

/**
 * The decision page with JavaScript off, as an iPhone's file previewer shows it: the whole
 * procedure as numbered cards in the sheet's order, answers that lead on, the call at hand, and a
 * fragment narrowing the page to one card. The checks are static so that {@link
 * DecisionPageWebKitTest} runs the same ones in WebKit.
 */
class DecisionPageWithoutJavaScriptTest {

    static final Procedure SEED = DecisionPages.procedure(DecisionPages.SEED);
    static final Procedure LAB = DecisionPages.procedure(DecisionPages.LAB);

    @TempDir
    static Path folder;

    private static Chromium browser;
    private static String seedUrl;
    private static String labUrl;

    @BeforeAll
    static void start() {
        seedUrl = DecisionPages.writeTo(folder, SEED, "decision.html");
        labUrl = DecisionPages.writeTo(folder, LAB, "lab.html");
        browser = Chromium.plain();
        browser.cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 640, "deviceScaleFactor", 2, "mobile", true));
        browser.cdp("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void scriptsAreReallyOff() throws Exception {
        Path probe = folder.resolve("probe.html");
        Files.writeString(
                probe,
                "<!DOCTYPE html><p id=p>static</p><script>document.getElementById('p').textContent = 'ran'</script>");
        browser.driver().get(probe.toUri().toString());
        assertEquals("static", browser.driver().findElement(By.id("p")).getText());
    }

    @Test
    void theSeedReadsLikeThePaperAndItsAnswersLeadOn() {
        wholeProcedure(browser, SEED, seedUrl);
    }

    @Test
    void theEnglishProcedureReadsLikeThePaperAndItsAnswersLeadOn() {
        wholeProcedure(browser, LAB, labUrl);
    }

    @Test
    void theCallStaysOnScreenWhereverTheProctorScrolls() {
        browser.driver().get("about:blank");
        browser.driver().get(seedUrl);
        List<String> problems = new ArrayList<>();
        long height = (Long) browser.js("return document.documentElement.scrollHeight");
        for (long y = 0; y < height; y += 500) {
            browser.js("window.scrollTo(0, arguments[0])", y);
            Object onScreen = browser.js(
                    "const r = document.querySelector('.call-bar a[href^=\"tel:\"]').getBoundingClientRect();"
                            + "return r.top >= 0 && r.bottom <= innerHeight && r.height >= 48");
            if (!Boolean.TRUE.equals(onScreen)) {
                problems.add("scrolled to " + y);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(360L, browser.js("return document.documentElement.scrollWidth"), "nothing scrolls sideways");
    }

    /**
     * axe needs scripts of its own (its run never ends with script execution off), so it audits
     * the page as JavaScript-off shows it: the same file without its two script elements, in a
     * browser with scripts on.
     */
    @Test
    void axeFindsNoViolationWithoutJavaScript() throws Exception {
        try (Chromium withScripts = Chromium.plain()) {
            withScripts.cdp(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 640, "deviceScaleFactor", 2, "mobile", true));
            for (Procedure procedure : List.of(SEED, LAB)) {
                Path page = folder.resolve("no-script-" + procedure.lang() + ".html");
                String html = new String(DecisionPages.render(procedure), StandardCharsets.UTF_8);
                Files.writeString(page, html.replaceAll("(?s)<script\\b.*?</script>", ""));
                for (String fragment : List.of(
                        "", "#" + List.copyOf(procedure.nodesInOrder()).get(2).id())) {
                    withScripts.driver().get("about:blank");
                    withScripts.driver().get(page.toUri() + fragment);
                    assertEquals(
                            fragment.isEmpty() ? procedure.nodes().size() : 1,
                            visibleInOrder(withScripts).size(),
                            "the view without JavaScript");
                    Results results = new AxeBuilder().analyze(withScripts.driver());
                    assertTrue(results.getPasses().size() > 10, "axe ran its rules");
                    assertEquals(
                            "",
                            results.getViolations().stream()
                                    .map(r -> r.getId() + ": " + r.getHelp() + " "
                                            + r.getNodes().stream()
                                                    .map(n -> String.valueOf(n.getTarget()))
                                                    .collect(Collectors.joining(", ")))
                                    .collect(Collectors.joining("\n")),
                            page + fragment);
                }
            }
        }
    }

    /**
     * No fragment: every node, in the sheet's order, each answer an {@code <a href="#id">} that says
     * "→ step N"; a fragment shows that card alone; an answer leads to its card, back comes back.
     */
    static void wholeProcedure(PageBrowser browser, Procedure procedure, String url) {
        String stepWord = procedure.lang().equals("fr") ? "étape " : "step ";
        browser.driver().get("about:blank");
        browser.driver().get(url);
        assertEquals(
                "",
                browser.driver().findElement(By.tagName("html")).getAttribute("class"),
                "the page's script would have marked <html class=\"js\">");
        List<String> all = procedure.nodesInOrder().stream()
                .map(n -> n.id() + " " + n.typeName())
                .toList();
        assertEquals(all, visibleInOrder(browser), "every node, in the sheet's order");
        assertTrue(browser.driver()
                .findElement(By.cssSelector(".call-bar a[href^='tel:']"))
                .isDisplayed());
        assertEquals(
                List.of(),
                browser.driver().findElements(By.cssSelector(".tools, .cases")).stream()
                        .filter(WebElement::isDisplayed)
                        .toList(),
                "no control that needs the script");

        for (Node node : procedure.nodesInOrder()) {
            WebElement card = browser.driver().findElement(By.id(node.id()));
            assertEquals(
                    (stepWord.equals("étape ") ? "Étape " : "Step ") + node.number(),
                    card.findElement(By.className("num")).getText(),
                    node.id());
            List<WebElement> controls = card.findElements(By.cssSelector("[data-next]"));
            List<String> expected = new ArrayList<>();
            if (node instanceof Question q) {
                q.choices().stream().map(Choice::next).forEach(expected::add);
            } else if (node instanceof Step s) {
                expected.add(s.next());
            } else if (node instanceof Wait w) {
                expected.add(w.next());
            }
            assertEquals(
                    expected,
                    controls.stream().map(c -> c.getAttribute("data-next")).toList(),
                    node.id());
            for (WebElement control : controls) {
                String next = control.getAttribute("data-next");
                assertEquals("a", control.getTagName());
                assertEquals("#" + next, browser.js("return arguments[0].getAttribute('href')", control));
                assertTrue(
                        control.getText()
                                .endsWith("→ " + stepWord + procedure.node(next).number()),
                        node.id() + ": " + control.getText());
            }
        }

        // A fragment narrows the page to one card; answers lead on; back comes back.
        Node start = procedure.node(procedure.start());
        String first = start.successors().get(0);
        browser.driver().get(url + "#" + start.id());
        assertEquals(List.of(start.id() + " " + start.typeName()), visibleInOrder(browser));
        browser.click(browser.driver().findElement(By.cssSelector("#" + start.id() + " [data-next='" + first + "']")));
        browser.awaitNode(first);
        browser.driver().navigate().back();
        browser.awaitNode(start.id());
    }

    @SuppressWarnings("unchecked")
    static List<String> visibleInOrder(PageBrowser browser) {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('[data-node]'))"
                + ".filter(e => e.checkVisibility())"
                + ".sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)"
                + ".map(e => e.dataset.node + ' ' + e.dataset.type)");
    }
}
