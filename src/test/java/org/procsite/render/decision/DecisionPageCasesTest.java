package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.procsite.model.Node;
import org.procsite.model.Procedure;
import org.procsite.model.Question;
import org.procsite.model.Step;
import org.procsite.model.Wait;

/**
 * Several students at once on one phone (360 × 640, a fixed clock): cases with their own step,
 * trail, summary and wait; the case list; what survives a reload and what is forgotten after 12
 * hours; the back gesture never leading to another student; the way on always in sight.
 */
class DecisionPageCasesTest {

    private static final Procedure SEED = DecisionPages.procedure(DecisionPages.SEED);
    private static final Procedure LAB = DecisionPages.procedure(DecisionPages.LAB);
    private static final List<String> TO_THE_WAIT = List.of(
            "code-mail-universitaire",
            "resultat-code-universitaire",
            "mail-secondaire-associe",
            "ajouter-mail-secondaire",
            "attendre-mise-a-jour");

    @TempDir
    static Path folder;

    private static Chromium browser;
    private static String seedUrl;
    private static String labUrl;
    private FixedClock clock;

    @BeforeAll
    static void start() {
        seedUrl = DecisionPages.writeTo(folder, SEED, "decision.html");
        labUrl = DecisionPages.writeTo(folder, LAB, "lab.html");
        browser = Chromium.plain();
        browser.cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 640, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @AfterEach
    void stopTheClock() {
        if (clock != null) {
            clock.remove();
            clock = null;
        }
    }

    private void clockAt(int days, int hour, int minute, int second) {
        stopTheClock();
        clock = FixedClock.at(browser, days, hour, minute, second);
    }

    private static void tapThrough(List<String> ids) {
        for (String id : ids) {
            browser.tap(id);
        }
    }

    private static void act(String action) {
        browser.click(browser.driver().findElement(By.cssSelector("[data-action='" + action + "']")));
    }

    /** The case list's rows as "NODE LABEL", the current one starred. */
    private static List<String> cases() {
        return cases(browser);
    }

    @SuppressWarnings("unchecked")
    static List<String> cases(PageBrowser b) {
        return (List<String>) b.js("return Array.from(document.querySelectorAll('[data-case]')).map(e =>"
                + " (e.getAttribute('aria-current') === 'true' ? '*' : '') + e.dataset.caseNode + ' '"
                + " + e.querySelector('.case-name').textContent)");
    }

    private static WebElement caseRow(int index) {
        return browser.driver().findElements(By.cssSelector("[data-case]")).get(index);
    }

    private static List<String> trail() {
        return trail(browser);
    }

    @SuppressWarnings("unchecked")
    static List<String> trail(PageBrowser b) {
        return (List<String>) b.js("return Array.from(document.querySelectorAll('[data-action=trail]'))"
                + ".map(a => a.getAttribute('href').slice(1))");
    }

    private static String countdown() {
        return browser.visibleNode()
                .findElement(By.cssSelector("[data-countdown]"))
                .getText();
    }

    @Test
    void twoStudentsKeepTheirOwnStepTrailAndWaitThroughAReloadAndAreForgottenAfter12Hours() {
        clockAt(0, 12, 7, 0);
        browser.openFresh(seedUrl);
        tapThrough(List.of("code-mail-universitaire"));
        assertTrue(
                browser.driver().findElement(By.className("cases")).getRect().getHeight() == 0
                        || !browser.driver().findElement(By.className("cases")).isDisplayed(),
                "no case list for one student");
        browser.driver().findElement(By.id("case-label")).sendKeys("A12");
        act("new-case");
        browser.awaitNode("verifier-mail");
        assertEquals(List.of(), trail(), "the new student starts with an empty trail");
        tapThrough(TO_THE_WAIT);

        assertTrue(browser.driver().findElement(By.className("cases")).isDisplayed());
        assertEquals(List.of("code-mail-universitaire A12", "*attendre-mise-a-jour Étudiant 2"), cases());
        assertEquals(
                "Étudiant 2 Étape 13 · 12h15, dans 8 min Attendre la mise à jour de la nouvelle adresse",
                caseRow(1).getText().replace('\n', ' '));
        assertEquals(
                "A12 Étape 4 Se connecter avec un code reçu sur le mail universitaire",
                caseRow(0).getText().replace('\n', ' '));
        assertEquals("Début de l'attente à 12h07 → mise à jour à 12h15 (dans 8 min)", countdown());

        browser.click(caseRow(0));
        browser.awaitNode("code-mail-universitaire");
        assertEquals(List.of("*code-mail-universitaire A12", "attendre-mise-a-jour Étudiant 2"), cases());
        assertEquals(List.of("verifier-mail"), trail(), "case 1's own trail");
        assertEquals("A12", browser.driver().findElement(By.id("case-label")).getDomProperty("value"));

        browser.driver().navigate().refresh();
        browser.awaitNode("code-mail-universitaire");
        assertEquals(List.of("*code-mail-universitaire A12", "attendre-mise-a-jour Étudiant 2"), cases());
        assertEquals(List.of("verifier-mail"), trail());

        // Case 1 goes on to the call: its summary holds its own answers only.
        tapThrough(List.of(
                "resultat-code-universitaire",
                "mail-secondaire-associe",
                "identifiant-mail-secondaire",
                "mot-de-passe-secondaire",
                "code-mail-secondaire",
                "resultat-code-secondaire",
                "appeler-uness"));
        String summary = browser.visibleNode()
                .findElement(By.cssSelector("[data-transcript]"))
                .getDomProperty("textContent");
        List<String> lines = List.of(summary.split("\n"));
        assertEquals("Procédure – urgence – connexion, version 1.0 – A12", lines.get(0));
        assertEquals(10, lines.size(), summary);
        assertTrue(summary.contains("Oui, un email secondaire est déjà associé (cas de figure 1)"), summary);
        assertFalse(summary.contains("Non, il n'a pas d'email secondaire associé"), "case 2's answer: " + summary);
        assertFalse(summary.contains("Étape 13"), "case 2's wait: " + summary);

        // 13 hours later, nothing is left of either student.
        clockAt(1, 1, 8, 0);
        browser.driver().navigate().refresh();
        browser.awaitNode("verifier-mail");
        assertEquals(List.of("*verifier-mail Étudiant 1"), cases());
        assertEquals(List.of(), trail());
        String stored = String.valueOf(browser.js("return JSON.stringify(localStorage)"));
        assertFalse(stored.contains("A12") || stored.contains("attendre-mise-a-jour"), stored);
        assertFalse(browser.driver().findElement(By.tagName("body")).getText().contains("A12"));
    }

    @Test
    void afterBackTheBackGestureGoesOneMoreStepBack() {
        backThenTheBackGesture(browser, seedUrl);
    }

    @Test
    void switchingStudentsNeverMakesTheBackGestureShowAnotherStudent() {
        switchThenTheBackGesture(browser, seedUrl);
    }

    /** Start, step 2, step 3; "Retour": step 2; the browser's back: the start. Any browser. */
    static void backThenTheBackGesture(PageBrowser b, String seedUrl) {
        b.openFresh(seedUrl);
        b.awaitNode("verifier-mail");
        for (String id : List.of("code-mail-universitaire", "resultat-code-universitaire")) {
            b.tap(id);
        }
        b.click(b.driver().findElement(By.cssSelector("[data-action='back']")));
        assertEquals("code-mail-universitaire", b.visibleNodeId(), "Retour is drawn at once");
        b.driver().navigate().back();
        b.awaitNode("verifier-mail");
        assertEquals(List.of(), trail(b));
    }

    /**
     * Student 1 at step 2, student 2 at step 3; back to student 1: the back gesture walks student
     * 1's steps, then, from its first step, returns to student 2 where it was; never out of the
     * page while a student it came from is open. Any browser.
     */
    static void switchThenTheBackGesture(PageBrowser b, String seedUrl) {
        b.openFresh(seedUrl);
        b.awaitNode("verifier-mail");
        b.tap("corriger-mail");
        b.click(b.driver().findElement(By.cssSelector("[data-action='new-case']")));
        assertEquals("verifier-mail", b.visibleNodeId());
        for (String id : List.of("code-mail-universitaire", "resultat-code-universitaire")) {
            b.tap(id);
        }
        b.click(b.driver().findElements(By.cssSelector("[data-case]")).get(0));
        assertEquals("corriger-mail", b.visibleNodeId(), "the switch is drawn at once");
        b.driver().navigate().back(); // at once: no rewrite of the history to wait for
        b.awaitNode("verifier-mail");
        assertEquals(List.of("*verifier-mail Étudiant 1", "resultat-code-universitaire Étudiant 2"), cases(b));
        b.driver().navigate().back();
        b.awaitNode("resultat-code-universitaire");
        assertTrue(b.driver().getCurrentUrl().startsWith("file:"), "still on the page");
        assertEquals(List.of("verifier-mail Étudiant 1", "*resultat-code-universitaire Étudiant 2"), cases(b));
    }

    @Test
    void aForwardGestureOntoAnotherStudentsStepShowsTheCurrentOneInstead() {
        browser.openFresh(seedUrl);
        tapThrough(List.of("corriger-mail", "resultat-bon-mail"));
        act("new-case");
        browser.awaitNode("verifier-mail");
        // The history now holds student 2 only; history.go as a phone's long-press on back would.
        browser.js("history.go(1)");
        browser.awaitNode("verifier-mail");
        assertEquals(List.of("resultat-bon-mail Étudiant 1", "*verifier-mail Étudiant 2"), cases());
    }

    @Test
    void theWaitCountsFromWhenItWasReachedAndNeverRollsOver() {
        clockAt(0, 12, 7, 0);
        browser.openFresh(seedUrl);
        tapThrough(TO_THE_WAIT);
        assertEquals("Début de l'attente à 12h07 → mise à jour à 12h15 (dans 8 min)", countdown());
        act("new-case");
        browser.awaitNode("verifier-mail");

        clockAt(0, 12, 15, 10);
        browser.driver().navigate().refresh();
        browser.awaitNode("verifier-mail");
        assertEquals(
                "Étudiant 1 Étape 13 · mise à jour de 12h15 passée Attendre la mise à jour de la nouvelle adresse",
                caseRow(0).getText().replace('\n', ' '));
        browser.click(caseRow(0));
        browser.awaitNode("attendre-mise-a-jour");
        assertEquals("Mise à jour de 12h15 passée : continuer", countdown());

        // Live: the clock moves on while the page stays open, and the phone wakes up.
        browser.js("procsiteTestClock(12, 20, 0); document.dispatchEvent(new Event('visibilitychange'))");
        assertEquals("Mise à jour de 12h15 passée : continuer", countdown());
        assertTrue(
                caseRow(0).getText().contains("mise à jour de 12h15 passée"),
                caseRow(0).getText());
    }

    @Test
    void theCaseListUpdatesItsWaitTimeLive() {
        clockAt(0, 14, 38, 0);
        browser.openFresh(seedUrl);
        tapThrough(TO_THE_WAIT);
        act("new-case");
        browser.awaitNode("verifier-mail");
        assertTrue(
                caseRow(0).getText().contains("14h45, dans 7 min"), caseRow(0).getText());
        browser.js("procsiteTestClock(14, 44, 30); document.dispatchEvent(new Event('visibilitychange'))");
        assertTrue(
                caseRow(0).getText().contains("14h45, dans moins d'une minute"),
                caseRow(0).getText());
    }

    @Test
    void closingACaseShowsAnotherAndClosingTheLastStartsAFreshOne() {
        browser.openFresh(seedUrl);
        tapThrough(List.of("corriger-mail"));
        act("new-case");
        browser.awaitNode("verifier-mail");
        tapThrough(List.of("code-mail-universitaire"));
        act("close-case");
        browser.awaitNode("corriger-mail");
        assertEquals(List.of("*corriger-mail Étudiant 1"), cases());
        assertEquals(
                "Étudiant 2 : terminé.",
                browser.driver().findElement(By.cssSelector("[data-undo-text]")).getText());
        act("close-case");
        browser.awaitNode("verifier-mail");
        assertEquals(List.of("*verifier-mail Étudiant 1"), cases());
        assertEquals(List.of(), trail());
        browser.click(browser.driver().findElement(By.cssSelector("[data-undo]")));
        browser.awaitNode("corriger-mail");
        assertEquals(List.of("verifier-mail"), trail(), "closing can be undone");
    }

    @Test
    void aStepOpenedByItsLinkStaysThroughAReload() {
        browser.openFresh(seedUrl + "#connecte");
        browser.awaitNode("connecte");
        browser.driver().navigate().refresh();
        browser.awaitNode("connecte");
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("#connecte"),
                browser.driver().getCurrentUrl());
    }

    @Test
    void inEnglishTheDefaultLabelIsStudentN() {
        browser.openFresh(labUrl);
        String next = LAB.node(LAB.start()).successors().get(0);
        browser.tap(next);
        act("new-case");
        browser.awaitNode(LAB.start());
        assertEquals(List.of(next + " Student 1", "*" + LAB.start() + " Student 2"), cases());
    }

    /**
     * Every step, question and wait of two procedures with three students at 360 × 640, as a
     * switch shows it: the current student's name in view, and no way forward offered while an
     * item of the step is covered or out of view (items 2–4 of a checklist under the pinned
     * "Fait, continuer" was the fault).
     */
    @Test
    void withThreeStudentsNoWayForwardCoversAnItemAndTheCurrentNameIsInView() {
        List<String> problems = new ArrayList<>();
        for (Procedure procedure : List.of(SEED, LAB)) {
            String url = procedure == SEED ? seedUrl : labUrl;
            browser.openFresh(url);
            String first = procedure.node(procedure.start()).successors().get(0);
            for (int student = 0; student < 2; student++) {
                browser.tap(first);
                act("new-case");
            }
            assertEquals(3, cases().size());
            for (Node node : procedure.nodesInOrder()) {
                if (!(node instanceof Question || node instanceof Step || node instanceof Wait)) {
                    continue;
                }
                if (!node.id().equals(browser.visibleNodeId())) {
                    browser.driver().get(url + "#" + node.id()); // a deep link: student 3 moves there
                    browser.awaitNode(node.id());
                }
                problems.addAll(LayoutRules.broken(browser));
                caseRow(0).click();
                caseRow(2).click(); // back to student 3: drawn as a switch draws it
                assertEquals(node.id(), browser.visibleNodeId());
                problems.addAll(LayoutRules.broken(browser));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void withThreeStudentsAxeFindsNothingNothingScrollsSidewaysAndTargetsAreBigEnough() {
        clockAt(0, 12, 7, 0);
        browser.openFresh(seedUrl);
        tapThrough(TO_THE_WAIT);
        act("new-case");
        browser.awaitNode("verifier-mail");
        tapThrough(List.of("corriger-mail"));
        act("new-case");
        browser.awaitNode("verifier-mail");
        assertEquals(3, cases().size());
        Results results = new AxeBuilder().analyze(browser.driver());
        assertTrue(results.getPasses().size() > 10, "axe ran its rules");
        assertEquals(
                "",
                results.getViolations().stream()
                        .map(r -> r.getId() + ": " + r.getHelp() + " "
                                + r.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")));
        assertEquals(360L, browser.js("return document.documentElement.scrollWidth"));
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>)
                browser.js(
                        "return Array.from(document.querySelectorAll('[data-next], [data-action], [data-case], input, [data-undo], a[href^=\"tel:\"]'))"
                                + ".filter(e => e.checkVisibility())"
                                + ".filter(e => e.getBoundingClientRect().height < 48 || e.getBoundingClientRect().right > 360)"
                                + ".map(e => e.outerHTML.slice(0, 80) + ' ' + Math.round(e.getBoundingClientRect().height) + 'px')");
        assertEquals(List.of(), small);
    }
}
