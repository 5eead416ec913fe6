package org.procsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.render.Renderer;
import org.procsite.render.SiteFile;
import org.procsite.render.SiteRenderer;
import org.procsite.testing.BrowserBinaries;
import org.procsite.testing.TestProcedures;

/**
 * Live reload in a real browser, on a page with the decision page's kind of policy
 * ({@code default-src 'none'}, hashed inline script): the page's own script still runs, the
 * injected one is allowed, and a save reloads the page by itself.
 */
class LiveReloadBrowserTest {

    private static final String PAGE_SCRIPT = "document.getElementById('js').textContent = 'js ran';";
    private static final String PAGE_STYLE = "h1 { color: #123; }";

    private static WebDriver browser;
    private static Path profile;

    @TempDir
    Path dir;

    private PreviewServer server;

    @BeforeAll
    static void openBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile-");
        browser = BrowserBinaries.headlessChromium(profile, false);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        org.procsite.testing.Files2.deleteTree(profile);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSaveReloadsAStrictPolicyPageAndABreakShowsTheDiagnosticsUntilFixed() throws Exception {
        Path yaml = dir.resolve("procedure.yaml");
        String seed = Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8);
        Files.writeString(yaml, seed, StandardCharsets.UTF_8);
        Renderer strict = context -> List.of(new SiteFile(
                "strict.html", strictPage(context.procedure().title()).getBytes(StandardCharsets.UTF_8)));
        server = PreviewServer.start(
                new Previewer(
                        new ProcedureFile(yaml, "procedure.yaml"), new Pipeline(new SiteRenderer(List.of(strict)))),
                0,
                s -> {});
        browser.get(server.uri() + "strict.html#some-node");
        assertEquals("js ran", browser.findElement(By.id("js")).getText(), "the page's own hashed script runs");
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(3), Duration.ofMillis(20));
        wait.ignoring(org.openqa.selenium.WebDriverException.class); // a script that meets a page mid-reload

        Files.writeString(
                yaml, seed.replace("title: Procédure – urgence – connexion", "title: Révisée"), StandardCharsets.UTF_8);
        wait.until(d -> "Révisée".equals(text("h1")));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.notReloaded;"), "a real reload");
        assertTrue(browser.getCurrentUrl().endsWith("#some-node"), "the reload keeps the node in the URL");
        assertEquals("js ran", browser.findElement(By.id("js")).getText());

        Files.writeString(yaml, seed.replace("start: verifier-mail", "start: verifier-mai"), StandardCharsets.UTF_8);
        wait.until(d -> text("pre.diagnostics") != null);
        assertTrue(text("pre.diagnostics").contains("error[E006]: 'start' points to 'verifier-mai'"));

        Files.writeString(yaml, seed, StandardCharsets.UTF_8);
        wait.until(d -> text("pre.diagnostics") == null && "Procédure – urgence – connexion".equals(text("h1")));

        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
        assertEquals(List.of(), violations);
    }

    @Test
    void theDecisionPageReloadsOnTheNodeItShowedWithItsPolicyIntact() throws Exception {
        Path yaml = dir.resolve("procedure.yaml");
        String seed = Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8);
        Files.writeString(yaml, seed, StandardCharsets.UTF_8);
        server = PreviewServer.start(
                new Previewer(new ProcedureFile(yaml, "procedure.yaml"), new Pipeline(SiteRenderer.standard())),
                0,
                s -> {});
        // The whole build first: its PDF stage would reload the page while the link is followed.
        server.awaitComplete();
        browser.manage().logs().get(LogType.BROWSER); // start from an empty log
        browser.get(server.uri() + "decision.html");
        // A link to a step followed in the open page (a page that opens with no student kept
        // shows step 1, whatever its address names).
        browser.get(server.uri() + "decision.html#connecte");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(5), Duration.ofMillis(20));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        wait.until(d -> "connecte".equals(shownNode()));
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");

        Files.writeString(
                yaml,
                seed.replace("    title: L'étudiant est connecté\n", "    title: L'étudiant est bien connecté\n"),
                StandardCharsets.UTF_8);
        wait.until(d -> text("[data-node=connecte]") != null
                && text("[data-node=connecte]").contains("bien connecté"));
        assertNull(((JavascriptExecutor) browser).executeScript("return window.notReloaded;"), "a real reload");
        assertEquals("connecte", shownNode(), "the reloaded page shows the step it showed");
        assertTrue(browser.getCurrentUrl().endsWith("#connecte"));
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
        assertEquals(List.of(), violations);
    }

    /** The step the decision page shows (the one node on screen), or null. */
    private static String shownNode() {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("var on = Array.from(document.querySelectorAll('[data-node]'))"
                        + ".filter(function (e) { return e.checkVisibility(); });"
                        + " return on.length === 1 ? on[0].dataset.node : null;");
    }

    /** The text of the first element that matches, read in one script so a reload cannot come in between. */
    private static String text(String selector) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript(
                        "var e = document.querySelector(arguments[0]); return e ? e.textContent : null;", selector);
    }

    private static String strictPage(String title) {
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta http-equiv=\"Content-Security-Policy\" content=\""
                + "default-src 'none'; script-src 'sha256-" + sha256(PAGE_SCRIPT) + "'; style-src 'sha256-"
                + sha256(PAGE_STYLE)
                + "'; img-src data:; base-uri 'none'; form-action 'none'\">\n<meta charset=\"utf-8\"><title>t</title>"
                + "<link rel=\"icon\" href=\"data:,\"><style>" + PAGE_STYLE + "</style></head>\n<body><h1>"
                + org.jsoup.nodes.Entities.escape(title) + "</h1><p id=\"js\">no js</p><script>" + PAGE_SCRIPT
                + "</script>\n</body></html>\n";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
