package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser driving the decision page, whichever engine: {@link Chromium} or {@link WebKit}.
 * The helpers read the page in one script each, so they cost one round trip.
 */
interface PageBrowser extends AutoCloseable {

    WebDriver driver();

    default Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    /**
     * Opens a URL on a blank slate: no fragment carried over, no student kept from before. A
     * fragment is then followed inside the open page, as a link to a step is: a page that opens
     * with no student kept shows step 1, whatever its address names.
     */
    default void openFresh(String url) {
        // The page of the test before may still run (its 5 s tick saves): stop it saving, clear,
        // and leave it, in one script; then open the URL asked for.
        String page = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        driver().get("about:blank");
        driver().get(page);
        js("Storage.prototype.setItem = function () {};"
                + " localStorage.clear(); sessionStorage.clear(); location.replace('about:blank')");
        new WebDriverWait(driver(), Duration.ofSeconds(5)).until(d -> "about:blank".equals(d.getCurrentUrl()));
        driver().get(page);
        assertEquals(
                0L,
                js("return Object.keys(localStorage).filter(k => k.startsWith('procsite-decision:')).length"),
                "the page opens with no student kept from another test");
        if (!page.equals(url)) {
            driver().get(url); // the same document: a link to a step, inside the page
        }
    }

    /**
     * Opens {@code url} in a new document with no student kept: what a walk from the start needs
     * (a jump by fragment inside one document would pile every walk's history calls into one,
     * and WebKit refuses more than 100 of them in 10 seconds, as Safari does).
     */
    default void reopenAt(String url) {
        if (driver().getCurrentUrl().startsWith("file:")) {
            js("Storage.prototype.setItem = function () {}; localStorage.clear(); location.replace('about:blank')");
            new WebDriverWait(driver(), Duration.ofSeconds(5)).until(d -> "about:blank".equals(d.getCurrentUrl()));
        }
        driver().get(url);
    }

    /**
     * Clicks as a thumb would: first scrolls the control to the middle of the screen, since at
     * the very bottom the sticky call bar covers it (as it would a finger).
     */
    default void click(WebElement control) {
        js("arguments[0].scrollIntoView({block: 'center'})", control);
        control.click();
    }

    /**
     * The nodes the user can see now (rendered, not display:none), in one round trip; on the
     * decision page, exactly one.
     */
    @SuppressWarnings("unchecked")
    default List<WebElement> visibleNodes() {
        return (List<WebElement>)
                js("return Array.from(document.querySelectorAll('[data-node]'))" + ".filter(e => e.checkVisibility())");
    }

    default WebElement visibleNode() {
        List<WebElement> visible = visibleNodes();
        if (visible.size() != 1) {
            throw new AssertionError("expected exactly one visible node, saw "
                    + visible.stream().map(e -> e.getAttribute("data-node")).toList());
        }
        return visible.get(0);
    }

    default String visibleNodeId() {
        return visibleNode().getAttribute("data-node");
    }

    /** Every visible node as "ID TYPE" ({@code data-node}, {@code data-type}), in one round trip. */
    @SuppressWarnings("unchecked")
    default List<String> visibleNodeIds() {
        return (List<String>) js("return Array.from(document.querySelectorAll('[data-node]'))"
                + ".filter(e => e.checkVisibility()).map(e => e.dataset.node + ' ' + e.dataset.type)");
    }

    /** Waits until node {@code id} is the one on screen. */
    default void awaitNode(String id) {
        new WebDriverWait(driver(), Duration.ofSeconds(5)).until(d -> {
            List<String> visible = visibleNodeIds();
            return visible.size() == 1 && visible.get(0).startsWith(id + " ");
        });
    }

    /**
     * In one round trip: the visible nodes as "ID TYPE", and the control with
     * {@code data-next="next"} on the visible node (scrolled to mid-screen) or null, and the
     * {@code href} of every visible {@code tel:} link.
     */
    @SuppressWarnings("unchecked")
    default List<Object> visibleNodesAndControl(String next) {
        return (List<Object>) js(
                "const n = Array.from(document.querySelectorAll('[data-node]'))"
                        + ".filter(e => e.checkVisibility());"
                        + "const c = n.length === 1 ? n[0].querySelector('[data-next=\"' + arguments[0] + '\"]') : null;"
                        + "if (c) c.scrollIntoView({block: 'center'});"
                        + "const tel = Array.from(document.querySelectorAll('a[href^=\"tel:\"]'))"
                        + ".filter(e => e.checkVisibility()).map(e => e.getAttribute('href'));"
                        + "return [n.map(e => e.dataset.node + ' ' + e.dataset.type), c, tel];",
                next);
    }

    /**
     * Taps the control of the visible node that leads to {@code next}, as a proctor does: at a
     * wait whose update has not come, the page asks for a second tap, and gets it. The page draws
     * each tap at once, so the new node is on screen when the click returns: no waiting.
     */
    default void tap(String next) {
        proceed(nextControl(next));
        String shown = visibleNodeId();
        if (!shown.equals(next)) {
            throw new AssertionError("after a tap towards " + next + " the page shows " + shown);
        }
    }

    /** Clicks a continue control or an answer; taps again at a wait that asks for a second tap. */
    default void proceed(WebElement control) {
        String from = visibleNodeId();
        click(control);
        if (visibleNodeId().equals(from) && "wait".equals(visibleNode().getAttribute("data-type"))) {
            click(control);
        }
    }

    /** The control with {@code data-next="next"} on the visible node, scrolled to mid-screen. */
    default WebElement nextControl(String next) {
        WebElement control = (WebElement) js(
                "const n = Array.from(document.querySelectorAll('[data-node]'))"
                        + ".filter(e => e.checkVisibility());"
                        + "if (n.length !== 1) return null;"
                        + "const c = n[0].querySelector('[data-next=\"' + arguments[0] + '\"]');"
                        + "if (c) c.scrollIntoView({block: 'center'});"
                        + "return c;",
                next);
        if (control == null) {
            throw new AssertionError("no single visible node with a control to " + next + ": " + visibleNodeIds());
        }
        return control;
    }

    @Override
    void close();
}
