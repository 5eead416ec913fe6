package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.procsite.check.Checker;
import org.procsite.load.Loader;
import org.procsite.model.Procedure;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.render.SiteFile;
import org.procsite.render.SiteRenderer;
import org.procsite.render.Templates;
import org.procsite.serve.PreviewServer;
import org.procsite.serve.Previewer;
import org.procsite.testing.TestProcedures;

/**
 * The site published on a plain static web server (started here, on 127.0.0.1): the decision
 * page installable (the manifest as Chromium reads it, its icons at their sizes), under the
 * service worker's control after one reload; with the network cut, it and every other page a
 * proctor opens (the landing page, the sheet, its PDF) still open; a rebuilt site shows at the
 * first reload once the network is back, and one cache is left, holding the new build's pages.
 * The preview ({@code serve}) installs nothing.
 */
class DecisionPagePublishedTest {

    private static final Procedure SEED = DecisionPages.procedure(DecisionPages.SEED);

    @TempDir
    Path site;

    private StaticWebServer server;
    private Chromium browser;

    @BeforeEach
    void start() throws IOException {
        publish(SEED);
        server = StaticWebServer.serving(site);
        browser = Chromium.withNetworkLog();
    }

    @AfterEach
    void stop() {
        browser.close();
        server.close();
    }

    /** Every file of the site, as `build` puts them in site/ (the PDF too: the worker keeps it). */
    private void publish(Procedure procedure) throws IOException {
        Map<String, SiteFile> files =
                SiteRenderer.standard().render(procedure, Templates.from(Optional.of(Path.of("templates"))));
        for (SiteFile file : files.values()) {
            Files.write(site.resolve(file.name()), file.bytes());
        }
    }

    private String url(String name) {
        return server.url(name);
    }

    private Object async(String script) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];" + script);
    }

    private void networkCut(boolean cut) {
        server.down(cut);
        browser.cdp("Network.enable", Map.of());
        browser.cdp(
                "Network.emulateNetworkConditions",
                Map.of("offline", cut, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @Test
    void installableOfflineAndNeverStale() throws Exception {
        browser.driver().get(url("decision.html"));
        browser.awaitNode(SEED.start());

        // The manifest, as Chromium parses it, and its icons at their declared sizes.
        // Asked again while Chromium has no manifest yet, or is between processes for this page.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .ignoring(WebDriverException.class)
                .until(d -> !String.valueOf(((Map<?, ?>) browser.cdp("Page.getAppManifest", Map.of())).get("url"))
                        .isEmpty());
        Map<String, Object> manifest = castMap(browser.cdp("Page.getAppManifest", Map.of()));
        assertEquals(url("manifest.webmanifest"), manifest.get("url"));
        assertEquals(List.of(), manifest.get("errors"));
        Map<String, Object> data = castMap(new Json().toType(String.valueOf(manifest.get("data")), Map.class));
        assertEquals("Procédure – urgence – connexion", data.get("name"));
        assertEquals("decision.html", data.get("start_url"));
        assertEquals("standalone", data.get("display"));
        List<Map<String, Object>> icons = castList(data.get("icons"));
        assertEquals(
                List.of("any", "any", "maskable"),
                icons.stream().map(i -> i.get("purpose")).toList());

        // The worker installs, and controls the page after one reload.
        assertEquals(Boolean.TRUE, async("navigator.serviceWorker.ready.then(() => done(true), () => done(false))"));
        browser.driver().navigate().refresh();
        browser.awaitNode(SEED.start());
        assertEquals(Boolean.TRUE, browser.js("return navigator.serviceWorker.controller !== null"));
        assertEquals(
                List.of(),
                castList(castMap(browser.cdp("Page.getInstallabilityErrors", Map.of()))
                        .get("installabilityErrors")),
                "Chromium finds the page installable");
        assertEquals(List.of(), browser.consoleProblems());

        // Network cut: every page a proctor opens, from the landing page's links, then the phone page.
        networkCut(true);
        browser.driver().get(url("index.html"));
        assertEquals("Procédure – urgence – connexion", heading());
        browser.driver().findElement(By.cssSelector("a[href='tutorial.html']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> d.getCurrentUrl().endsWith("/tutorial.html"));
        assertEquals("Procédure – urgence – connexion", heading());
        assertFalse(browser.driver().findElements(By.cssSelector("[data-node]")).isEmpty(), "the sheet's steps");
        assertEquals(List.of(200L, "application/pdf", pdfHash()), browser.fetched("tutorial.pdf"));
        browser.driver().get(url("tutorial.pdf"));
        assertEquals(url("tutorial.pdf"), browser.js("return document.URL"), "no error page instead of the PDF");
        assertEquals("application/pdf", browser.js("return document.contentType"));
        browser.driver().get(url("decision.html"));

        // Still cut: a reload still shows the start step, its answers lead on, and its edition.
        browser.driver().navigate().refresh();
        browser.awaitNode(SEED.start());
        String next = SEED.node(SEED.start()).successors().get(0);
        browser.tap(next);
        assertEquals(
                "Version 1.0 du 24 novembre 2026",
                browser.driver().findElement(By.className("meta")).getText());

        String oldWorker = Files.readString(site.resolve("sw.js"));
        String oldPdf = pdfHash();

        // A rebuild with a new title is published; the first reload with the network back shows it.
        Path changed = site.resolveSibling(site.getFileName() + "-new.yaml");
        Files.writeString(
                changed,
                Files.readString(DecisionPages.SEED)
                        .replace(
                                "title: Procédure – urgence – connexion",
                                "title: Procédure – urgence – connexion (v2)"));
        publish(Checker.check(Loader.load(changed, "new.yaml")).procedure().orElseThrow());
        networkCut(false);
        browser.driver().navigate().refresh();
        browser.awaitNode(next);
        assertEquals("Procédure – urgence – connexion (v2)", browser.driver().getTitle());

        // The new worker takes over and leaves one cache: the one named after the new build.
        String newHash = hash(Files.readString(site.resolve("sw.js")));
        assertFalse(newHash.equals(hash(oldWorker)));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            Object keys = async("caches.keys().then(done)");
            return keys instanceof List<?> list
                    && list.size() == 1
                    && String.valueOf(list.get(0)).endsWith(":" + newHash);
        });
        assertEquals(
                Stream.of(
                                "decision.html",
                                "index.html",
                                "tutorial.html",
                                "tutorial.pdf",
                                "manifest.webmanifest",
                                "icon-192.png",
                                "icon-512.png",
                                "icon-maskable-512.png")
                        .map(this::url)
                        .sorted()
                        .toList(),
                async("caches.keys().then(k => caches.open(k[0])).then(c => c.keys())"
                        + ".then(r => done(r.map(q => q.url).sort()))"),
                "the one cache keeps every page a proctor opens, the manifest and the icons");

        // Cut again: the kept PDF is the new build's, not the one kept before.
        String newPdf = pdfHash();
        assertFalse(newPdf.equals(oldPdf), "the new title is in the new PDF");
        networkCut(true);
        browser.driver().get(url("index.html"));
        assertEquals("Procédure – urgence – connexion (v2)", heading());
        assertEquals(List.of(200L, "application/pdf", newPdf), browser.fetched("tutorial.pdf"));
        networkCut(false);
    }

    private String pdfHash() throws IOException {
        return Chromium.sha256(Files.readAllBytes(site.resolve("tutorial.pdf")));
    }

    /** The text of the page's h1. */
    private String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    @Test
    void theIconsLoadAtTheirDeclaredSizes() {
        for (AppIcons.Icon icon : AppIcons.all()) {
            browser.driver().get(url(icon.name()));
            assertEquals(
                    List.of((long) icon.size(), (long) icon.size()),
                    browser.js("const i = document.images[0]; return [i.naturalWidth, i.naturalHeight]"),
                    icon.name());
        }
    }

    @Test
    void thePreviewInstallsNothing(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("procedure.yaml");
        Files.copy(DecisionPages.SEED, yaml);
        try (PreviewServer preview = PreviewServer.start(
                new Previewer(
                        new ProcedureFile(yaml, "procedure.yaml"),
                        new Pipeline(new SiteRenderer(List.of(new DecisionPageRenderer())))),
                0,
                s -> {})) {
            browser.driver().get("about:blank");
            browser.drainLogs();
            browser.driver().get(preview.uri().resolve("/decision.html").toString());
            browser.awaitNode(SEED.start());
            assertEquals("complete", browser.js("return document.readyState"));
            assertEquals(0L, async("navigator.serviceWorker.getRegistrations().then(r => done(r.length))"));
            List<String> requests = browser.requestedUrls();
            assertTrue(
                    requests.stream().noneMatch(u -> u.endsWith("sw.js") || u.endsWith(".webmanifest")),
                    String.valueOf(requests));
            assertEquals(0L, browser.js("return document.querySelectorAll('link[rel=manifest]').length"));
        }
    }

    @Test
    void thePreviewOfSeveralProceduresInstallsNothingFromTheirList(@TempDir Path dir) throws Exception {
        for (String name : List.of("connexion.yaml", "lab-login.yaml", "tablette.yaml", "contacts.yaml")) {
            Files.copy(TestProcedures.SEVERAL.resolve(name), dir.resolve(name));
        }
        try (PreviewServer preview = PreviewServer.start(
                new Previewer(
                        ProcedureSet.typed(List.of(dir.toString())),
                        new Pipeline(new SiteRenderer(List.of(new DecisionPageRenderer())))),
                0,
                s -> {})) {
            browser.driver().get("about:blank");
            browser.drainLogs();
            browser.driver().get(preview.uri().toString());
            assertEquals(3L, browser.js("return document.querySelectorAll('li[data-procedure]').length"));
            // Long enough after the load for a registration to show, had the list asked for one.
            assertEquals(
                    0L,
                    async("setTimeout(() => navigator.serviceWorker.getRegistrations()"
                            + ".then(r => done(r.length)), 500)"));
            List<String> requests = browser.requestedUrls();
            assertTrue(requests.stream().noneMatch(u -> u.endsWith("sw.js")), String.valueOf(requests));
        }
    }

    private static String hash(String worker) {
        Matcher m = Pattern.compile("\"hash\":\"([0-9a-f]+)\"").matcher(worker);
        assertTrue(m.find(), worker);
        return m.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castList(Object o) {
        return (List<T>) o;
    }
}
