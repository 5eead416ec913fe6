package org.procsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.render.Renderer;
import org.procsite.render.SiteFile;
import org.procsite.render.SiteRenderer;
import org.procsite.render.decision.DecisionPageRenderer;
import org.procsite.testing.TestProcedures;

/**
 * {@code serve} of a folder of three procedures (French, English, one using only the shared
 * contacts), over HTTP: the list at the root, each procedure in its folder, and a save that
 * rebuilds only what it touches. Renderers that count their runs, per procedure, tell which
 * procedures were rendered again.
 */
class SeveralProceduresPreviewTest {

    private static final Path FIXTURES = TestProcedures.SEVERAL;
    private static final List<String> FOLDERS = List.of("connexion", "lab-login", "tablette");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Runs of the page renderer and of the slow one, by the folder of the procedure rendered. */
    private final Map<String, AtomicInteger> pageRuns = new ConcurrentHashMap<>();

    private final Map<String, AtomicInteger> slowRuns = new ConcurrentHashMap<>();

    @TempDir
    Path dir;

    private Path folder;
    private PreviewServer server;

    @BeforeEach
    void start() throws Exception {
        folder = dir.resolve("procedures");
        Files.createDirectory(folder);
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Renderer title = counting(pageRuns, "title.txt");
        Renderer slow = counting(slowRuns, "slow.txt");
        Pipeline pipeline = new Pipeline(new SiteRenderer(List.of(new DecisionPageRenderer(), title), List.of(slow)));
        ProcedureSet set = ProcedureSet.typed(List.of(folder.toString()));
        server = PreviewServer.start(new Previewer(set, pipeline), 0, s -> {});
        server.awaitComplete();
    }

    /** A renderer that writes the procedure's title to {@code name}, and counts its runs per procedure. */
    private static Renderer counting(Map<String, AtomicInteger> runs, String name) {
        return context -> {
            runs.computeIfAbsent(context.place().folder(), f -> new AtomicInteger())
                    .incrementAndGet();
            return List.of(new SiteFile(name, context.procedure().title().getBytes(StandardCharsets.UTF_8)));
        };
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theFilesOfStaticAreServedAsBuildPublishesThem() throws Exception {
        Files.createDirectories(folder.resolve("static/img"));
        Files.writeString(folder.resolve("static/img/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        assertEquals(404, send("/img/logo.svg").statusCode(), "read at each build: not yet");
        edit("tablette.yaml", "version: \"1.0\"", "version: \"1.1\"");
        awaitBody("/img/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>"::equals);
        assertEquals(
                "image/svg+xml",
                send("/img/logo.svg").headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "application/manifest+json",
                send("/manifest.webmanifest")
                        .headers()
                        .firstValue("Content-Type")
                        .orElseThrow());
    }

    @Test
    void theRootListsTheThreeProceduresAndEachServesItsPagesInItsFolder() throws Exception {
        Document list = page("/");
        assertEquals(
                FOLDERS,
                list.select("li[data-procedure]").stream()
                        .map(li -> li.attr("data-procedure"))
                        .toList());
        assertEquals(
                List.of(
                        "Procédure – urgence – connexion",
                        "Lab workstation – cannot sign in",
                        "Urgence examens – la tablette ne démarre pas"),
                list.select("li[data-procedure] h2").eachText());
        for (String name : FOLDERS) {
            Document decision = page("/" + name + "/decision.html");
            assertFalse(decision.select("[data-node]").isEmpty(), name);
        }
        // tablette.yaml names only shared contacts: the call to the régie comes from contacts.yaml.
        assertTrue(
                page("/tablette/decision.html").select("a[href=tel:0476001234]").size() > 0,
                "the shared contact's number is on tablette's page");
        HttpResponse<String> folder = send("/lab-login");
        assertEquals(301, folder.statusCode());
        assertEquals("/lab-login/", folder.headers().firstValue("Location").orElseThrow());
        assertEquals(200, status("/sw.js"));
        assertEquals(200, status("/manifest.webmanifest"));
        assertEquals("Lab workstation – cannot sign in", body("/lab-login/slow.txt"), "the slow stage, per procedure");
    }

    @Test
    void savingOneProcedureRebuildsItAloneAndTheOthersAreKeptFileForFile() throws Exception {
        Snapshot before = server.current();
        Map<String, Integer> pagesBefore = counts(pageRuns);
        Map<String, Integer> slowBefore = counts(slowRuns);

        edit("connexion.yaml", "title: Procédure – urgence – connexion\n", "title: Connexion révisée\n");
        awaitBody("/connexion/title.txt", "Connexion révisée"::equals);
        Snapshot after = server.awaitComplete();

        assertEquals("Connexion révisée", body("/connexion/slow.txt"), "its slow stage ran too");
        assertEquals(
                "Connexion révisée",
                page("/connexion/decision.html").expectFirst("h1").text());
        assertEquals(
                "Connexion révisée",
                page("/").expectFirst("li[data-procedure=connexion] h2").text(),
                "the list at the root is made again");
        assertNotEquals(before.site().get("sw.js"), after.site().get("sw.js"), "the worker keeps the new page");
        assertEquals(Set.of("connexion"), after.rebuilt());

        for (String other : List.of("lab-login", "tablette")) {
            assertEquals(pagesBefore.get(other), counts(pageRuns).get(other), other + "'s pages were not rendered");
            assertEquals(slowBefore.get(other), counts(slowRuns).get(other), other + "'s slow stage did not run");
            List<String> files = before.site().keySet().stream()
                    .filter(n -> n.startsWith(other + "/"))
                    .sorted()
                    .toList();
            assertEquals(List.of(other + "/decision.html", other + "/slow.txt", other + "/title.txt"), files);
            for (String name : files) {
                assertSame(before.site().get(name), after.site().get(name), name + " is the file of the build before");
            }
        }
        assertTrue(counts(pageRuns).get("connexion") > pagesBefore.get("connexion"));
        assertTrue(counts(slowRuns).get("connexion") > slowBefore.get("connexion"));
    }

    @Test
    void anErrorInOneProcedureShowsOnItsPagesWhileTheOthersAreStillServed() throws Exception {
        edit("tablette.yaml", "next: demarre\n", "next: demare\n");
        Document broken = awaitPage("/tablette/decision.html", d -> d.selectFirst("pre.diagnostics") != null);

        String diagnostics = broken.expectFirst("pre.diagnostics").wholeText();
        assertTrue(
                diagnostics.matches("(?s).*tablette\\.yaml:\\d+:\\d+: error\\[E006\\]: 'next' points to 'demare'.*"),
                diagnostics);
        assertEquals("fr", broken.expectFirst("html").attr("lang"));
        assertEquals(503, status("/tablette/slow.txt"));

        Document lab = page("/lab-login/decision.html");
        assertTrue(lab.select("pre.diagnostics").isEmpty());
        assertFalse(lab.select("[data-node][data-type=question]").isEmpty(), "lab-login's decision page");
        assertEquals("Lab workstation – cannot sign in", body("/lab-login/slow.txt"));

        // The root says what build would refuse the site for, and leads to the procedures still previewed.
        Document root = page("/");
        assertTrue(root.expectFirst("pre.diagnostics").wholeText().contains("error[E006]"));
        assertEquals(
                List.of("connexion/decision.html", "lab-login/decision.html"),
                root.select("ul.previewed a").eachAttr("href"));
        assertEquals(
                "Les autres procédures restent visibles en attendant :",
                root.expectFirst("ul.previewed").previousElementSibling().text());
        assertEquals(503, status("/sw.js"));

        edit("tablette.yaml", "next: demare\n", "next: demarre\n");
        Document fixed = awaitPage("/", d -> d.selectFirst("pre.diagnostics") == null);
        assertEquals(3, fixed.select("li[data-procedure]").size());
        assertTrue(page("/tablette/decision.html").select("pre.diagnostics").isEmpty());
    }

    @Test
    void aDeletedProcedureWaitsForItsFileWhileTheOthersAreStillServed() throws Exception {
        Path lab = folder.resolve("lab-login.yaml");
        String text = Files.readString(lab, StandardCharsets.UTF_8);
        Files.delete(lab);
        Document missing = awaitPage("/lab-login/decision.html", d -> d.text().contains("is missing"));
        assertTrue(missing.expectFirst("h1").text().endsWith("lab-login.yaml is missing"), missing.text());
        assertFalse(page("/connexion/decision.html").select("[data-node]").isEmpty());

        Files.writeString(lab, text, StandardCharsets.UTF_8);
        awaitPage("/lab-login/decision.html", d -> !d.select("[data-node]").isEmpty());
    }

    @Test
    void savingTheSharedContactsRebuildsEveryProcedure() throws Exception {
        Map<String, Integer> pagesBefore = counts(pageRuns);
        edit("contacts.yaml", "phone: \"04 76 00 12 34\"", "phone: \"04 76 00 99 99\"");
        awaitPage(
                "/tablette/decision.html",
                d -> !d.select("a[href=tel:0476009999]").isEmpty());
        Snapshot after = server.awaitComplete();

        assertEquals(Set.copyOf(FOLDERS), after.rebuilt());
        for (String name : FOLDERS) {
            assertTrue(counts(pageRuns).get(name) > pagesBefore.get(name), name + " was rendered again");
        }
    }

    @Test
    void oneFileOfTheFolderIsPreviewedFlatWithTheContactsBesideIt() throws Exception {
        server.close();
        ProcedureSet one =
                ProcedureSet.typed(List.of(folder.resolve("tablette.yaml").toString()));
        server = PreviewServer.start(
                new Previewer(one, new Pipeline(new SiteRenderer(List.of(new DecisionPageRenderer())))), 0, s -> {});

        assertTrue(server.current().ok(), server.current().messages());
        Document decision = page("/decision.html");
        assertFalse(decision.select("a[href=tel:0476001234]").isEmpty(), "the régie, from contacts.yaml");

        edit("contacts.yaml", "phone: \"04 76 00 12 34\"", "phone: \"04 76 00 99 99\"");
        awaitPage("/decision.html", d -> !d.select("a[href=tel:0476009999]").isEmpty());
    }

    @Test
    void aStaticFileThatTakesAPagesNameIsRefusedAsBuildRefusesIt() throws Exception {
        Files.createDirectories(folder.resolve("static"));
        Files.writeString(folder.resolve("static/index.html"), "<p>mine</p>");
        Files.writeString(folder.resolve("static/CNAME"), "urgence.example.org\n");
        edit("tablette.yaml", "version: \"1.0\"", "version: \"1.1\"");
        Snapshot refused = awaitBuild(s -> s.failure().isPresent());

        assertEquals(
                "static/index.html has the name of a file procsite makes; rename it, or change the page through"
                        + " templates/",
                refused.failure().orElseThrow());
        assertFalse(page("/").select("li[data-procedure]").isEmpty(), "the list, not the static file");
        assertEquals(404, status("/CNAME"), "build publishes none of static/ then, nor does the preview");
    }

    @Test
    void aSharedContactNoProcedureCallsIsWarnedAboutAsBuildDoes() throws Exception {
        edit(
                "contacts.yaml",
                "  regie:\n",
                "  personne:\n    name: Personne\n    phone: \"04 76 00 00 00\"\n  regie:\n");
        Snapshot warned = awaitBuild(s -> !s.shared().isEmpty());

        assertEquals(
                List.of("W001"),
                warned.shared().stream().map(d -> d.code().id()).toList());
    }

    /** The build served once the watcher's rebuild shows what {@code ready} waits for; fails after 10 s. */
    private Snapshot awaitBuild(Predicate<Snapshot> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!ready.test(server.current())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never built: " + server.current().failure());
            }
            Thread.sleep(50);
        }
        return server.current();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static Map<String, Integer> counts(Map<String, AtomicInteger> runs) {
        return runs.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    /** The page once the watcher's rebuild shows what {@code ready} waits for; fails after 10 s. */
    private Document awaitPage(String path, Predicate<Document> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Document doc = page(path);
        while (!ready.test(doc)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " never showed the change:\n" + doc.text());
            }
            Thread.sleep(50);
            doc = page(path);
        }
        return doc;
    }

    private void awaitBody(String path, Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!ready.test(send(path).body())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " never showed the change");
            }
            Thread.sleep(50);
        }
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = send(path);
        assertEquals(200, response.statusCode(), path);
        Element script = Jsoup.parse(response.body()).selectFirst("script[data-procsite-build]");
        assertTrue(script != null, path + " carries the reload script");
        return Jsoup.parse(response.body());
    }

    private String body(String path) throws Exception {
        HttpResponse<String> response = send(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private int status(String path) throws Exception {
        return send(path).statusCode();
    }

    private HttpResponse<String> send(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
