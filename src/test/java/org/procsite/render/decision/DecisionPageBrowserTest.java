package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.procsite.model.Node;
import org.procsite.model.Procedure;

/**
 * The decision page of the seed in a real headless Chromium: navigation (its own controls and
 * the browser's), what survives a reload, the network and the console, accessibility, the phone
 * layout, the page without JavaScript and the wall-clock wait.
 */
class DecisionPageBrowserTest {

    private static final Procedure SEED = DecisionPages.procedure(DecisionPages.SEED);
    private static final Procedure LAB = DecisionPages.procedure(DecisionPages.LAB);

    /** A path of the seed through a step, the wait and to the escalation end. */
    private static final List<String> TO_THE_WAIT = List.of(
            "verifier-mail",
            "code-mail-universitaire",
            "resultat-code-universitaire",
            "mail-secondaire-associe",
            "ajouter-mail-secondaire",
            "attendre-mise-a-jour");

    private static final List<String> WAIT_TO_ESCALATION =
            List.of("code-nouveau-mail-secondaire", "resultat-code-nouveau-mail", "appeler-uness");

    @TempDir
    static Path folder;

    private static Chromium browser;
    private static String seedUrl;
    private static String labUrl;

    @BeforeAll
    static void start() {
        seedUrl = DecisionPages.writeTo(folder, SEED, "decision.html");
        labUrl = DecisionPages.writeTo(folder, LAB, "lab.html");
        browser = Chromium.withNetworkLog();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    /** From the node on screen, clicks the data-next controls leading through {@code ids}. */
    private static void tapThrough(List<String> ids) {
        for (String id : ids) {
            browser.tap(id);
        }
    }

    private static WebElement action(String name) {
        WebElement control = browser.driver().findElement(By.cssSelector("[data-action='" + name + "']"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", control);
        return control;
    }

    @SuppressWarnings("unchecked")
    private static List<String> trail() {
        return (List<String>) browser.js("return Array.from(document.querySelectorAll('[data-action=trail]'))"
                + ".map(a => a.getAttribute('href').slice(1))");
    }

    @Test
    void withoutAFragmentTheStartNodeIsTheOnlyOneShown() {
        browser.openFresh(seedUrl);
        assertEquals(List.of("verifier-mail question"), browser.visibleNodeIds());
        assertEquals(
                "Étape 1",
                browser.visibleNode().findElement(By.className("num")).getText());
    }

    @Test
    void theBackControlGoesToThePreviousNodeOfTheTrail() {
        browser.openFresh(seedUrl);
        tapThrough(List.of("corriger-mail", "resultat-bon-mail"));
        action("back").click();
        browser.awaitNode("corriger-mail");
        assertEquals(List.of("verifier-mail"), trail(), "the answer given on the node left is forgotten");
        action("back").click();
        browser.awaitNode("verifier-mail");
        assertFalse(action("back").isDisplayed(), "nothing to go back to on the first screen");
    }

    @Test
    void theBrowsersBackButtonShowsThePreviousNode() {
        browser.openFresh(seedUrl);
        tapThrough(List.of("code-mail-universitaire", "resultat-code-universitaire"));
        browser.driver().navigate().back();
        browser.awaitNode("code-mail-universitaire");
        assertEquals(List.of("verifier-mail"), trail());
        browser.driver().navigate().back();
        browser.awaitNode("verifier-mail");
        browser.driver().navigate().forward();
        browser.awaitNode("code-mail-universitaire");
    }

    @Test
    void restartShowsTheStartNodeWithAnEmptyTrailAndCanBeUndone() {
        browser.openFresh(seedUrl);
        tapThrough(List.of("code-mail-universitaire", "resultat-code-universitaire", "connecte"));
        assertEquals(3, trail().size());
        action("restart").click();
        browser.awaitNode("verifier-mail");
        assertEquals(List.of(), trail());
        assertFalse(action("restart").isDisplayed(), "nothing to restart on a fresh start");
        WebElement undo = browser.driver().findElement(By.cssSelector("[data-undo]"));
        assertTrue(undo.isDisplayed(), "one tap on Recommencer is undoable");
        assertEquals(
                "Parcours de Étudiant 1 effacé.",
                browser.driver().findElement(By.cssSelector("[data-undo-text]")).getText());
        browser.click(undo);
        browser.awaitNode("connecte");
        assertEquals(List.of("verifier-mail", "code-mail-universitaire", "resultat-code-universitaire"), trail());
        browser.driver().navigate().back();
        browser.awaitNode("resultat-code-universitaire");
    }

    @Test
    void restartSitsApartFromBack() {
        browser.openFresh(seedUrl);
        tapThrough(List.of("corriger-mail"));
        WebElement back = action("back");
        WebElement restart = action("restart");
        assertFalse(
                back.findElement(By.xpath("..")).equals(restart.findElement(By.xpath(".."))), "not in the same row");
        assertTrue(
                restart.getRect().getY()
                                - (back.getRect().getY() + back.getRect().getHeight())
                        >= 48,
                "at least a thumb apart: back at " + back.getRect() + ", restart at " + restart.getRect());
    }

    @Test
    void aTapOnATrailEntryGoesBackThere() {
        browser.openFresh(seedUrl);
        tapThrough(List.of("code-mail-universitaire", "resultat-code-universitaire", "mail-secondaire-associe"));
        WebElement entry =
                browser.driver().findElement(By.cssSelector("[data-action='trail'][href='#code-mail-universitaire']"));
        assertTrue(entry.getText().contains("→ Fait, continuer"), entry.getText());
        browser.click(entry);
        browser.awaitNode("code-mail-universitaire");
        assertEquals(List.of("verifier-mail"), trail());
    }

    @Test
    void aLinkToAStepShowsThatNodeWithItsPaperNumber() {
        browser.openFresh(seedUrl + "#attendre-mise-a-jour");
        assertEquals(List.of("attendre-mise-a-jour wait"), browser.visibleNodeIds());
        Node node = SEED.node("attendre-mise-a-jour");
        assertEquals(
                "Étape " + node.number(),
                browser.visibleNode().findElement(By.className("num")).getText());
    }

    @Test
    void aReloadKeepsTheNodeAndTheTrailWithItsTimes() {
        browser.openFresh(seedUrl);
        tapThrough(List.of("code-mail-universitaire", "resultat-code-universitaire"));
        List<String> before = trail();
        String timeBefore = browser.driver()
                .findElement(By.cssSelector("[data-action='trail'] time"))
                .getText();
        browser.driver().navigate().refresh();
        browser.awaitNode("resultat-code-universitaire");
        assertEquals(List.of("verifier-mail", "code-mail-universitaire"), before);
        assertEquals(before, trail());
        assertEquals(
                timeBefore,
                browser.driver()
                        .findElement(By.cssSelector("[data-action='trail'] time"))
                        .getText());
        assertTrue(timeBefore.matches("\\d{1,2}h\\d\\d"), "a French time: " + timeBefore);
    }

    /** The page moves the focus just after it draws the screen (in a task of its own), not with it. */
    private static void awaitFocusOn(String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(2))
                .until(d -> id.equals(browser.js("return document.activeElement.id")));
    }

    @Test
    void focusMovesToTheHeadingOfTheNewScreen() {
        browser.openFresh(seedUrl);
        tapThrough(List.of("corriger-mail"));
        awaitFocusOn("h-corriger-mail");
    }

    @Test
    void theKeyboardAloneCanAnswerAndContinue() {
        browser.openFresh(seedUrl);
        Actions keys = new Actions(browser.driver());
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("corriger-mail", browser.js("return document.activeElement.getAttribute('data-next')"));
        keys.sendKeys(Keys.ENTER).perform();
        browser.awaitNode("corriger-mail");
        awaitFocusOn("h-corriger-mail");
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("resultat-bon-mail", browser.js("return document.activeElement.getAttribute('data-next')"));
        keys.sendKeys(Keys.ENTER).perform();
        browser.awaitNode("resultat-bon-mail");
    }

    @Test
    void printingShowsEveryNodeStartingWithStepOne() {
        browser.openFresh(seedUrl + "#attendre-mise-a-jour");
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            @SuppressWarnings("unchecked")
            List<String> printed =
                    (List<String>) browser.js("return Array.from(document.querySelectorAll('[data-node]'))"
                            + ".filter(e => e.checkVisibility())"
                            + ".sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)"
                            + ".map(e => e.dataset.node)");
            assertEquals(SEED.nodesInOrder().stream().map(Node::id).toList(), printed, "every node, in step order");
        } finally {
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theEscalationScreenShowsTheContactTheNumberAndTheTranscript() {
        browser.openFresh(seedUrl);
        tapThrough(TO_THE_WAIT.subList(1, TO_THE_WAIT.size()));
        tapThrough(WAIT_TO_ESCALATION);
        WebElement screen = browser.visibleNode();
        WebElement tel = screen.findElement(By.cssSelector("a.tel"));
        assertEquals("tel:0649100197", tel.getAttribute("href"));
        assertEquals("06 49 10 01 97", tel.getText().strip());
        assertTrue(screen.findElement(By.className("contact")).getText().contains("UNESS"));
        String transcript =
                screen.findElement(By.cssSelector("[data-transcript]")).getDomProperty("textContent");
        String[] lines = transcript.split("\n");
        assertEquals("Procédure – urgence – connexion, version 1.0 – Étudiant 1", lines[0]);
        assertEquals(TO_THE_WAIT.size() + WAIT_TO_ESCALATION.size() + 1, lines.length, transcript);
        assertTrue(
                lines[1].matches(
                        "\\d{1,2}h\\d\\d – Étape 1 : L'étudiant saisit-il correctement son mail universitaire \\? "
                                + "→ Oui, mais le mot de passe est incorrect"),
                lines[1]);
        assertTrue(
                lines[lines.length - 1].endsWith("Étape 16 : Joindre l'UNESS (maintenant)"), lines[lines.length - 1]);

        browser.cdp(
                "Browser.grantPermissions",
                Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.click(screen.findElement(By.cssSelector("[data-copy]")));
        // Said once the clipboard has taken the text: its promise resolves after the tap.
        WebElement status = screen.findElement(By.className("copy-status"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBePresentInElement(status, "Résumé copié."));
        assertEquals("Résumé copié.", status.getText());
    }

    @Test
    void noRequestLeavesTheFileAndTheConsoleStaysClean() {
        browser.openFresh(seedUrl);
        browser.driver().get("about:blank");
        browser.drainLogs();
        browser.driver().get(seedUrl);
        tapThrough(TO_THE_WAIT.subList(1, TO_THE_WAIT.size()));
        tapThrough(WAIT_TO_ESCALATION);
        browser.driver().navigate().refresh();
        browser.awaitNode("appeler-uness");
        List<String> requests = browser.requestedUrls();
        String file = URI.create(seedUrl).getPath();
        assertFalse(requests.isEmpty(), "the network log works");
        for (String url : requests) {
            assertEquals(file, URI.create(url).getPath(), "only the page itself is requested: " + requests);
        }
        assertEquals(2, requests.size(), "one load, one reload: " + requests);
        assertEquals(List.of(), browser.consoleProblems());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"verifier-mail", "ajouter-mail-secondaire", "attendre-mise-a-jour", "connecte", "appeler-uness"})
    void axeFindsNoViolation(String node) {
        browser.openFresh(seedUrl);
        if (node.equals("appeler-uness")) {
            tapThrough(TO_THE_WAIT.subList(1, TO_THE_WAIT.size()));
            tapThrough(WAIT_TO_ESCALATION);
        } else if (!node.equals("verifier-mail")) {
            browser.driver().get(seedUrl + "#" + node);
        }
        browser.awaitNode(node);
        Results results = new AxeBuilder().analyze(browser.driver());
        assertTrue(results.getPasses().size() > 10, "axe ran its rules");
        assertEquals("", describe(results.getViolations()));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(r -> r.getId() + ": " + r.getHelp() + " "
                        + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void atPhoneWidthNothingScrollsSidewaysAndEveryControlIsBigEnough() {
        browser.cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 640, "deviceScaleFactor", 2, "mobile", true));
        try {
            browser.openFresh(seedUrl);
            tapThrough(TO_THE_WAIT.subList(1, TO_THE_WAIT.size())); // a trail to show on every screen
            List<String> problems = new ArrayList<>();
            for (Node node : SEED.nodesInOrder()) {
                browser.driver().get(seedUrl + "#" + node.id());
                browser.awaitNode(node.id());
                long width = (Long) browser.js("return document.documentElement.scrollWidth");
                if (width > 360) {
                    problems.add(node.id() + ": page is " + width + " px wide");
                }
                @SuppressWarnings("unchecked")
                List<String> small = (List<String>)
                        browser.js(
                                "return Array.from(document.querySelectorAll('[data-next], [data-action], a[href^=\"tel:\"], [data-copy]'))"
                                        + ".filter(e => e.checkVisibility())"
                                        + ".filter(e => e.getBoundingClientRect().height < 48 || e.getBoundingClientRect().right > 360)"
                                        + ".map(e => e.outerHTML.slice(0, 80) + ' ' + Math.round(e.getBoundingClientRect().height) + 'px')");
                small.forEach(s -> problems.add(node.id() + ": " + s));
                @SuppressWarnings("unchecked")
                List<String> calls = (List<String>)
                        browser.js("return Array.from(document.querySelectorAll('.call-bar a[href^=\"tel:\"]'))"
                                + ".filter(e => { const r = e.getBoundingClientRect(); return e.checkVisibility() && r.bottom <= innerHeight && r.top >= 0; })"
                                + ".map(e => e.getAttribute('href'))");
                if (!calls.equals(List.of("tel:0649100197"))) {
                    problems.add(node.id() + ": the call button is not on screen: " + calls);
                }
            }
            assertEquals(List.of(), problems);
        } finally {
            browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void theWaitShowsTheNextSlotFromTheClockInFrench() {
        assertEquals(
                "Début de l'attente à 14h38 → mise à jour à 14h45 (dans 7 min)",
                countdown(seedUrl, "attendre-mise-a-jour", 14, 38, 0));
        assertEquals(
                "Début de l'attente à 14h45 → mise à jour à 15h (dans 15 min)",
                countdown(seedUrl, "attendre-mise-a-jour", 14, 45, 0));
        assertEquals(
                "Début de l'attente à 14h59 → mise à jour à 15h (dans moins d'une minute)",
                countdown(seedUrl, "attendre-mise-a-jour", 14, 59, 30));
        assertEquals(
                "Début de l'attente à 23h52 → mise à jour à 0h (dans 8 min)",
                countdown(seedUrl, "attendre-mise-a-jour", 23, 52, 10));
    }

    @Test
    void theWaitShowsTheNextSlotFromTheClockInEnglish() {
        assertEquals(
                "Wait started at 2:38 pm → update at 2:40 pm (in 2 min)", countdown(labUrl, "wait-sync", 14, 38, 0));
        assertEquals(
                "Wait started at 11:55 pm → update at 12:00 am (in 5 min)", countdown(labUrl, "wait-sync", 23, 55, 0));
        assertEquals(
                "Wait started at 12:09 pm → update at 12:20 pm (in 11 min)", countdown(labUrl, "wait-sync", 12, 9, 1));
    }

    private static String countdown(String url, String waitNode, int hour, int minute, int second) {
        FixedClock clock = FixedClock.at(browser, hour, minute, second);
        try {
            browser.openFresh(url + "#" + waitNode);
            browser.awaitNode(waitNode);
            return browser.visibleNode()
                    .findElement(By.cssSelector("[data-countdown]"))
                    .getText();
        } finally {
            clock.remove();
        }
    }
}
