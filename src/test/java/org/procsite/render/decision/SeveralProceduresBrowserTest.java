package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.procsite.model.Procedure;
import org.procsite.paths.PathLister;
import org.procsite.paths.ProcedurePath;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.pipeline.SetCompilation;
import org.procsite.render.SiteFile;
import org.procsite.testing.TestProcedures;

/**
 * The site of the frozen folder of three procedures, in a real Chromium: from the list, each
 * procedure's phone page and back; every start-to-end path of each of them tapped through; and,
 * published on a plain web server, the one installable app whose start screen is the list and
 * which keeps, for airplane mode, the list and every page a proctor opens of each procedure (its
 * phone page, its own index, the sheet and its PDF).
 */
class SeveralProceduresBrowserTest {

    /** Each procedure of the folder by its folder in the site, in the list's order. */
    private static final Map<String, Procedure> PROCEDURES = new LinkedHashMap<>();

    private static final Map<String, SiteFile> SITE;

    static {
        try {
            SetCompilation compiled = Pipeline.compile(ProcedureSet.typed(List.of(TestProcedures.SEVERAL.toString())));
            compiled.procedures()
                    .forEach(e -> PROCEDURES.put(
                            e.member().name(), e.compilation().procedure().orElseThrow()));
            SITE = Pipeline.standard().site(compiled).files();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TempDir
    static Path site;

    private static Chromium browser;

    @BeforeAll
    static void start() throws IOException {
        write(SITE, site);
        browser = Chromium.withNetworkLog();
    }

    /** The files of a site, as {@code build} puts them in its folder. */
    private static void write(Map<String, SiteFile> files, Path folder) throws IOException {
        for (SiteFile file : files.values()) {
            Path to = folder.resolve(file.name());
            Files.createDirectories(to.getParent());
            Files.write(to, file.bytes());
        }
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static String fileUrl(String name) {
        return site.resolve(name).toUri().toString();
    }

    @Test
    void theListLeadsToEachPhonePageAndEachPhonePageBackToTheList() {
        for (Map.Entry<String, Procedure> entry : PROCEDURES.entrySet()) {
            browser.driver().get(fileUrl("index.html"));
            List<WebElement> listed = browser.driver().findElements(By.cssSelector("li[data-procedure]"));
            assertEquals(3, listed.size());
            browser.driver()
                    .findElement(By.cssSelector("li[data-procedure='" + entry.getKey() + "'] h2 a"))
                    .click();
            browser.awaitNode(entry.getValue().start());
            String url = browser.driver().getCurrentUrl();
            assertTrue(url.contains("/" + entry.getKey() + "/decision.html"), url);

            WebElement up = browser.driver().findElement(By.cssSelector(".up a"));
            assertTrue(up.isDisplayed(), "the way back to the list is on the phone page");
            up.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(d -> d.getCurrentUrl().endsWith("/index.html"));
        }
    }

    static Stream<Arguments> everyPath() {
        return PROCEDURES.entrySet().stream().flatMap(e -> {
            List<ProcedurePath> paths = PathLister.list(e.getValue(), Long.MAX_VALUE);
            assertEquals(e.getValue().paths().total().longValueExact(), paths.size());
            return paths.stream().map(p -> Arguments.of(e.getKey() + ": " + p.describe(), e.getKey(), p));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPath")
    void everyPathOfEveryProcedureCanBeTappedThrough(String title, String name, ProcedurePath path) {
        DecisionPageWalkTest.walk(browser, PROCEDURES.get(name), fileUrl(name + "/decision.html"), path);
    }

    @Test
    void theInstalledAppStartsOnTheListAndKeepsEveryPageOfEachProcedureOffline() throws IOException {
        try (StaticWebServer server = StaticWebServer.serving(site)) {
            browser.driver().get(server.url("index.html"));
            // From a file: page to an http: one Chromium changes processes, and a DevTools command
            // sent while it does fails ("Not attached to an active page"): asked again.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .ignoring(WebDriverException.class)
                    .until(d -> !String.valueOf(((Map<?, ?>) browser.cdp("Page.getAppManifest", Map.of())).get("url"))
                            .isEmpty());
            Map<?, ?> manifest = (Map<?, ?>) browser.cdp("Page.getAppManifest", Map.of());
            assertEquals(List.of(), manifest.get("errors"));
            Map<?, ?> data = new Json().toType(String.valueOf(manifest.get("data")), Map.class);
            assertEquals("index.html", data.get("start_url"));
            assertEquals("Procédures d'urgence", data.get("name"));

            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            assertEquals(
                    Boolean.TRUE,
                    browser.driver()
                            .executeAsyncScript("const done = arguments[arguments.length - 1];"
                                    + "navigator.serviceWorker.ready.then(() => done(true), () => done(false))"));
            browser.driver().navigate().refresh();
            assertEquals(Boolean.TRUE, browser.js("return navigator.serviceWorker.controller !== null"));
            assertEquals(
                    List.of(),
                    ((Map<?, ?>) browser.cdp("Page.getInstallabilityErrors", Map.of())).get("installabilityErrors"),
                    "Chromium finds the list installable");
            List<String> kept = new ArrayList<>(List.of(server.url("index.html")));
            for (String folder : PROCEDURES.keySet()) {
                for (String page : List.of("decision.html", "index.html", "tutorial.html", "tutorial.pdf")) {
                    kept.add(server.url(folder + "/" + page));
                }
            }
            for (String file :
                    List.of("manifest.webmanifest", "icon-192.png", "icon-512.png", "icon-maskable-512.png")) {
                kept.add(server.url(file));
            }
            kept.sort(null);
            assertEquals(
                    kept,
                    browser.driver()
                            .executeAsyncScript("const done = arguments[arguments.length - 1];"
                                    + "caches.keys().then(k => caches.open(k[0])).then(c => c.keys())"
                                    + ".then(r => done(r.map(q => q.url).sort()))"),
                    "the cache keeps the list and every page a proctor opens of each procedure");

            // Airplane mode: the list and every procedure's pages still open, and the phone pages lead on.
            server.down(true);
            browser.cdp("Network.enable", Map.of());
            browser.cdp(
                    "Network.emulateNetworkConditions",
                    Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            try {
                for (Map.Entry<String, Procedure> entry : PROCEDURES.entrySet()) {
                    browser.driver().get(server.url(entry.getKey() + "/decision.html"));
                    Procedure p = entry.getValue();
                    browser.awaitNode(p.start());
                    String next = p.node(p.start()).successors().get(0);
                    browser.tap(next);
                }
                // The other pages of each procedure that the list links to: its own index, the sheet, its PDF.
                for (Map.Entry<String, Procedure> entry : PROCEDURES.entrySet()) {
                    String folder = entry.getKey();
                    browser.driver().get(server.url(folder + "/index.html"));
                    assertEquals(
                            entry.getValue().title(),
                            browser.driver().findElement(By.tagName("h1")).getText(),
                            folder + "/index.html");
                    browser.driver().get(server.url(folder + "/tutorial.html"));
                    assertFalse(
                            browser.driver()
                                    .findElements(By.cssSelector("[data-node]"))
                                    .isEmpty(),
                            folder + "/tutorial.html");
                    assertEquals(
                            List.of(
                                    200L,
                                    "application/pdf",
                                    Chromium.sha256(
                                            SITE.get(folder + "/tutorial.pdf").bytes())),
                            browser.fetched("tutorial.pdf"),
                            folder + "/tutorial.pdf");
                }
                browser.driver().get(server.url("index.html"));
                assertEquals(
                        3,
                        browser.driver()
                                .findElements(By.cssSelector("li[data-procedure]"))
                                .size());
            } finally {
                browser.cdp(
                        "Network.emulateNetworkConditions",
                        Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            }
        }
    }

    @Test
    void aRebuildLeavesOneCacheWithTheNewPagesOfTheProcedureChanged(@TempDir Path published, @TempDir Path sources)
            throws Exception {
        write(SITE, published);
        try (StaticWebServer server = StaticWebServer.serving(published)) {
            browser.driver().get(server.url("index.html"));
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            assertEquals(
                    Boolean.TRUE,
                    browser.driver()
                            .executeAsyncScript("const done = arguments[arguments.length - 1];"
                                    + "navigator.serviceWorker.ready.then(() => done(true), () => done(false))"));
            String oldWorker = Files.readString(published.resolve("sw.js"));

            // connexion.yaml gets a new title; the site is built again and published over the old one.
            for (String name : List.of("connexion.yaml", "lab-login.yaml", "tablette.yaml", "contacts.yaml")) {
                Files.copy(TestProcedures.SEVERAL.resolve(name), sources.resolve(name));
            }
            Path connexion = sources.resolve("connexion.yaml");
            Files.writeString(
                    connexion,
                    Files.readString(connexion)
                            .replace("title: Procédure – urgence – connexion", "title: Connexion révisée"));
            Map<String, SiteFile> rebuilt = Pipeline.standard()
                    .site(Pipeline.compile(ProcedureSet.typed(List.of(sources.toString()))))
                    .files();
            write(rebuilt, published);
            String newWorker = Files.readString(published.resolve("sw.js"));
            assertNotEquals(oldWorker, newWorker);
            Matcher hash = Pattern.compile("\"hash\":\"([0-9a-f]+)\"").matcher(newWorker);
            assertTrue(hash.find(), newWorker);
            String newHash = hash.group(1);

            // With the network, a reload installs the new worker, which deletes the old cache.
            browser.driver().navigate().refresh();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
                Object keys = browser.driver()
                        .executeAsyncScript("const done = arguments[arguments.length - 1]; caches.keys().then(done)");
                return keys instanceof List<?> list
                        && list.size() == 1
                        && String.valueOf(list.get(0)).endsWith(":" + newHash);
            });

            // Cut: the changed procedure's pages are the new ones, its PDF too.
            server.down(true);
            browser.cdp("Network.enable", Map.of());
            browser.cdp(
                    "Network.emulateNetworkConditions",
                    Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            try {
                browser.driver().get(server.url("connexion/index.html"));
                assertEquals(
                        "Connexion révisée",
                        browser.driver().findElement(By.tagName("h1")).getText());
                assertNotEquals(SITE.get("connexion/tutorial.pdf"), rebuilt.get("connexion/tutorial.pdf"));
                assertEquals(
                        List.of(
                                200L,
                                "application/pdf",
                                Chromium.sha256(
                                        rebuilt.get("connexion/tutorial.pdf").bytes())),
                        browser.fetched("tutorial.pdf"));
            } finally {
                browser.cdp(
                        "Network.emulateNetworkConditions",
                        Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            }
        }
    }
}
