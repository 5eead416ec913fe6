package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sequences a proctor's thumb found on the decision page before it became a state machine
 * (issue 19), each as a check that works in any browser: where the page used to leave, show the
 * wrong student or the wrong step. The seed's page, opened fresh by the caller.
 */
final class ProctorSequences {

    private ProctorSequences() {}

    /** A click, then the screen at once: no waiting, every tap is drawn in the same task. */
    private static String tapAndSee(PageBrowser b, WebElement control) {
        b.js("arguments[0].scrollIntoView({block: 'center'})", control);
        control.click();
        return shown(b);
    }

    private static String shown(PageBrowser b) {
        return (String) b.js("const on = Array.from(document.querySelectorAll('[data-node]'))"
                + ".filter(e => e.checkVisibility()); return on.length === 1 ? on[0].dataset.node : '?' + on.length");
    }

    private static String tap(PageBrowser b, String to) {
        return tapAndSee(b, visibleControl(b, to));
    }

    private static WebElement visibleControl(PageBrowser b, String to) {
        return (WebElement) b.js(
                "return Array.from(document.querySelectorAll('[data-next=\"' + arguments[0] + '\"]'))"
                        + ".find(e => e.checkVisibility())",
                to);
    }

    private static void action(PageBrowser b, String name) {
        tapAndSee(b, b.driver().findElement(By.cssSelector("[data-action='" + name + "']")));
    }

    private static boolean onThePage(PageBrowser b) {
        return b.driver().getCurrentUrl().startsWith("file:");
    }

    /** Waits for the page the back gesture leads to (another page, or the same after a popstate). */
    private static void back(PageBrowser b) {
        b.driver().navigate().back();
        new WebDriverWait(b.driver(), Duration.ofSeconds(5))
                .until(d -> !onThePage(b) || Boolean.TRUE.equals(b.js("return document.readyState === 'complete'")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> students(PageBrowser b) {
        return (List<String>) b.js("return Array.from(document.querySelectorAll('[data-case]')).map(e =>"
                + " (e.getAttribute('aria-current') === 'true' ? '*' : '') + e.dataset.caseNode)");
    }

    /** Student 1 at step 2; "Nouvel étudiant", then back: student 1 again, on its step, the page still open. */
    static void newStudentThenBack(PageBrowser b) {
        assertEquals("corriger-mail", tap(b, "corriger-mail"));
        action(b, "new-case");
        assertEquals("verifier-mail", shown(b));
        back(b);
        assertTrue(onThePage(b), "back after Nouvel étudiant left the page");
        assertEquals("corriger-mail", shown(b), "back after Nouvel étudiant shows the student before, on its step");
        assertEquals(List.of("*corriger-mail"), students(b), "the student opened by mistake is dropped");
    }

    /** Steps 1, 4, 5; "Recommencer", then back: step 5 again, the page still open. */
    static void restartThenBack(PageBrowser b) {
        tap(b, "code-mail-universitaire");
        tap(b, "resultat-code-universitaire");
        action(b, "restart");
        assertEquals("verifier-mail", shown(b));
        back(b);
        assertTrue(onThePage(b), "back after Recommencer left the page");
        assertEquals("resultat-code-universitaire", shown(b), "back after Recommencer returns to the step before it");
    }

    /**
     * Student 1 at step 2, student 2 at step 4; the page opened again in the same tab (a bookmark,
     * the home-screen icon): the same two students, student 2 on its step; after a tap, back is
     * that student's Retour, never another student's step.
     */
    static void reopenInTheSameTab(PageBrowser b, String url) {
        tap(b, "corriger-mail");
        action(b, "new-case");
        tap(b, "code-mail-universitaire");
        b.driver().get(url);
        assertEquals("code-mail-universitaire", shown(b), "reopened on the current student's step");
        assertEquals(List.of("corriger-mail", "*code-mail-universitaire"), students(b), "reopening adds no student");
        assertEquals("resultat-code-universitaire", tap(b, "resultat-code-universitaire"));
        back(b);
        assertEquals("code-mail-universitaire", shown(b), "back is this student's Retour");
        assertEquals(List.of("corriger-mail", "*code-mail-universitaire"), students(b));
    }

    /** A step reached, then 13 hours of silence (the stored times moved back), then a reload with
     * yesterday's fragment still in the address: step 1, no student kept. Five times over. */
    static void thirteenHoursLater(PageBrowser b) {
        for (int i = 0; i < 5; i++) {
            tap(b, "code-mail-universitaire");
            assertTrue(b.driver().getCurrentUrl().endsWith("#code-mail-universitaire"));
            b.js("const key = Object.keys(localStorage).find(k => k.startsWith('procsite-decision:'));"
                    + "const s = JSON.parse(localStorage.getItem(key)); const ms = -13 * 3600 * 1000;"
                    + "s.cases.forEach(c => { c.changed += ms; c.trail.forEach(e => { e.arrived += ms;"
                    + " if (e.at !== null) e.at += ms; }); }); localStorage.setItem(key, JSON.stringify(s));");
            b.driver().navigate().refresh();
            assertEquals("verifier-mail", shown(b), "13 hours later the page opens at step 1 (try " + (i + 1) + ")");
            assertEquals(1, students(b).size());
        }
    }

    /** Reloaded at step 5, an answer tapped at once is drawn at once, in the same task. */
    static void aTapRightAfterAReload(PageBrowser b) {
        tap(b, "code-mail-universitaire");
        tap(b, "resultat-code-universitaire");
        for (int i = 0; i < 5; i++) {
            b.driver().navigate().refresh();
            assertEquals("connecte", tap(b, "connecte"), "the tap right after a reload is drawn at once");
            back(b);
            assertEquals("resultat-code-universitaire", shown(b));
        }
    }

    /**
     * Three steps, a reload, then back twice without a tap: each back is Retour, the page stays
     * open. (Safari's back skips an entry a page pushed with no tap in the last 10 s, and the one
     * below it: a page that pushed its entries on back left here.)
     */
    static void backTwiceAfterAReload(PageBrowser b) {
        tap(b, "code-mail-universitaire");
        tap(b, "resultat-code-universitaire");
        tap(b, "connecte");
        b.driver().navigate().refresh();
        back(b);
        assertTrue(onThePage(b), "the first back after a reload left the page");
        assertEquals("resultat-code-universitaire", shown(b));
        back(b);
        assertTrue(onThePage(b), "the second back after a reload left the page");
        assertEquals("code-mail-universitaire", shown(b));
    }

    /** At a wait, before its update: the control says the update has not come and asks for a second tap. */
    static void aWaitBeforeItsUpdate(PageBrowser b) {
        clearOfAMinute();
        for (String to : List.of(
                "code-mail-universitaire",
                "resultat-code-universitaire",
                "mail-secondaire-associe",
                "ajouter-mail-secondaire",
                "attendre-mise-a-jour")) {
            tap(b, to);
        }
        WebElement go = visibleControl(b, "code-nouveau-mail-secondaire");
        assertFalse(go.getText().contains("Mise à jour passée"), "before the update: " + go.getText());
        assertEquals("attendre-mise-a-jour", tapAndSee(b, go), "one tap before the update does not go on");
        assertTrue(go.getText().startsWith("Toucher encore"), go.getText());
        assertEquals("code-nouveau-mail-secondaire", tapAndSee(b, go), "the second tap goes on");
    }

    /**
     * The page keeps the machine's clock here, and the update times are whole minutes: a sequence
     * that must stay before an update starts at least 5 s before the next minute (it takes under
     * one), so that the update cannot come between its arrival at the wait and its second tap.
     */
    private static void clearOfAMinute() {
        long left = 60_000 - System.currentTimeMillis() % 60_000;
        if (left < 5_000) {
            try {
                Thread.sleep(left + 20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the minute to pass", e);
            }
        }
    }

    /** Damaged storage: step 1, said once, and the page works. */
    static void damagedStorage(PageBrowser b) {
        for (String damage : List.of(
                "{",
                "{\"seq\":1,\"current\":\"c1-a\",\"cases\":[{\"id\":\"c1-a\",\"n\":1,\"label\":7,\"changed\":\"hier\","
                        + "\"trail\":[{\"node\":\"corriger-mail\",\"arrived\":\"x\",\"answer\":null,\"at\":null}]}]}")) {
            b.js("localStorage.setItem('procsite-decision:' + location.pathname, arguments[0])", damage);
            b.driver().navigate().refresh();
            opensAtStepOneSayingSoOnce(b);
        }
    }

    /** After damaged storage: step 1, the notice that students could not be restored, once, and a working page. */
    private static void opensAtStepOneSayingSoOnce(PageBrowser b) {
        assertEquals("verifier-mail", shown(b));
        assertTrue(
                b.driver().findElement(By.cssSelector("[data-notice]")).isDisplayed(),
                "the page says the students could not be restored");
        assertEquals("corriger-mail", tap(b, "corriger-mail"), "and keeps working");
        assertFalse(b.driver().findElement(By.cssSelector("[data-notice]")).isDisplayed(), "said once");
    }

    /**
     * A bookmark, an address-bar suggestion or a shortcut made while on a step keeps that step's
     * {@code #node}; opened the next morning with no student kept, the page starts at step 1, not
     * at the bookmarked step with the first checks skipped.
     */
    static void aBookmarkedStepWithNoStudentKept(PageBrowser b, String url) {
        b.driver().get("about:blank");
        b.driver().get(url + "#resultat-code-universitaire");
        assertEquals("verifier-mail", shown(b), "a page that opens with no student kept shows step 1");
        assertEquals(
                List.of("verifier-mail"),
                b.js(
                        "return Array.from(document.querySelectorAll('[data-action=trail]')).map(e => e.getAttribute('href').slice(1))"
                                + ".concat([location.hash.slice(1)])"),
                "the trail holds no step before it, and the address names step 1");
    }

    /**
     * Student 2 named in the field, then back to student 1 with the field still focused (a first
     * back only hides the keyboard on Android): the field shows student 1's name, so what is
     * typed next names the student on screen.
     */
    static void theNameFieldFollowsTheStudentShown(PageBrowser b) {
        tap(b, "corriger-mail");
        action(b, "new-case");
        WebElement field = b.driver().findElement(By.id("case-label"));
        b.click(field);
        field.sendKeys("Place 12");
        assertEquals(field, b.driver().switchTo().activeElement(), "the field has the focus");
        back(b);
        assertEquals("corriger-mail", shown(b), "back is student 1 again");
        assertEquals("", field.getAttribute("value"), "the field shows student 1's name (none), not student 2's");
        field.sendKeys("Place 3");
        assertEquals(
                List.of("Place 3", "Place 12"),
                b.js("return Array.from(document.querySelectorAll('[data-case]')).map(e => e.textContent.trim())"
                        + ".map(t => t.includes('Place 12') ? 'Place 12' : t.includes('Place 3') ? 'Place 3' : t)"),
                "each student keeps the name typed for it");
    }

    /**
     * A stored time that no Date can hold (1e300: a hand-edited or damaged storage): the student
     * cannot be restored; the page opens at step 1, says so once, and works.
     */
    static void aTimeNoDateCanHold(PageBrowser b) {
        tap(b, "corriger-mail");
        b.js("const key = Object.keys(localStorage).find(k => k.startsWith('procsite-decision:'));"
                + "const s = JSON.parse(localStorage.getItem(key)); s.cases[0].trail[0].at = 1e300;"
                + "localStorage.setItem(key, JSON.stringify(s));");
        b.driver().navigate().refresh();
        opensAtStepOneSayingSoOnce(b);
        assertTrue(b.driver().getCurrentUrl().endsWith("#corriger-mail"), "its history is written");
    }

    /**
     * The page as the first entry of its tab (the installed app opened from the home screen):
     * two steps, Terminer, then back. Back cannot leave below the tab's first entry; the history
     * goes down to it, step 1 stays on screen, and the next back leaves as the phone's own does
     * (the page used to ask for a move below the first entry, which the browser ignores, and
     * then ignored every back until a tap).
     */
    static void backAtTheBottomOfTheTab(PageBrowser b) {
        assertEquals(1L, b.js("return history.length"), "the page is the tab's first entry");
        tap(b, "code-mail-universitaire");
        tap(b, "resultat-code-universitaire");
        action(b, "close-case");
        assertEquals("verifier-mail", shown(b));
        back(b);
        new WebDriverWait(b.driver(), Duration.ofSeconds(5))
                .withMessage("the history did not go down to the page's first entry")
                .until(d -> Long.valueOf(1).equals(b.js("return history.state && history.state.k")));
        assertTrue(onThePage(b));
        assertEquals("verifier-mail", shown(b), "step 1 stays on screen");
        assertEquals("corriger-mail", tap(b, "corriger-mail"), "and the page goes on working");
    }
}
