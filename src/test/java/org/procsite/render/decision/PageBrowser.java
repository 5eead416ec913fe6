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

    /** Opens a URL on a blank slate: no fragment carried over, no case kept from before. */
    default void openFresh(String url) {
        // The page restores the cases of the test before, and may still be rewriting its history
        // for them when the storage is cleared: clear, then open the page at its start until it
        // keeps nothing (a fresh page at its start saves nothing); then open the URL asked for.
        String page = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        for (int attempt = 1; ; attempt++) {
            driver().get("about:blank");
            driver().get(page);
            js("localStorage.clear(); sessionStorage.clear()");
            driver().get("about:blank");
            driver().get(page);
            Object kept = js("return localStorage.length + sessionStorage.length");
            if (Long.valueOf(0).equals(kept) || attempt == 5) {
                assertEquals(0L, kept, "the page opens with nothing kept from another test");
                break;
            }
        }
        if (!page.equals(url)) {
            driver().get("about:blank");
            driver().get(url);
        }
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
