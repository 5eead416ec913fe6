package org.procsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.render.PageRenderer;
import org.procsite.render.Renderer;
import org.procsite.render.SiteFile;
import org.procsite.render.SiteRenderer;
import org.procsite.testing.TestProcedures;

/** The preview server in-process: what it serves, when it rebuilds, and what it refuses. */
class PreviewServerTest {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean renderFails = new AtomicBoolean();
    private final AtomicBoolean renderOverflows = new AtomicBoolean();

    @TempDir
    Path dir;

    private Path yaml;
    private String seed;
    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        yaml = dir.resolve("procedure.yaml");
        seed = Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8);
        Files.writeString(yaml, seed, StandardCharsets.UTF_8);
        Renderer flaky = context -> {
            if (renderFails.get()) {
                throw new IllegalStateException("a renderer <failed> on purpose");
            }
            if (renderOverflows.get()) {
                throw new StackOverflowError(); // what a template that calls itself does
            }
            return List.of(new SiteFile("data.txt", context.procedure().title().getBytes(StandardCharsets.UTF_8)));
        };
        SiteRenderer renderer = new SiteRenderer(List.of(new PageRenderer("index.ftlh", "index.html"), flaky));
        server = PreviewServer.start(
                new Previewer(new ProcedureFile(yaml, "procedure.yaml"), new Pipeline(renderer)), 0, s -> {});
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void itListensOnTheLoopbackAddressOnly() {
        assertEquals("127.0.0.1", server.uri().getHost());
        assertTrue(server.port() > 0);
    }

    @Test
    void servedPagesCarryTheReloadScriptAndOtherFilesAreServedAsBuilt() throws Exception {
        Document index = Jsoup.parse(get("/").body());
        assertEquals(
                server.current().id(),
                index.expectFirst("script[data-procsite-build]").attr("data-procsite-build"));
        assertEquals(
                LiveReload.SCRIPT,
                index.expectFirst("script[data-procsite-build]").data());
        HttpResponse<String> data = get("/data.txt");
        assertEquals("Procédure – urgence – connexion", data.body());
        assertEquals(
                "text/plain; charset=utf-8",
                data.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", data.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void aRebuildWithTheSameOutputKeepsTheBuildIdSoNoPageReloads() throws Exception {
        String before = server.current().id();
        Files.writeString(yaml, seed + "\n# a comment changes nothing the proctor sees\n", StandardCharsets.UTF_8);
        assertEquals(before, server.rebuild().id());
        Files.writeString(
                yaml,
                seed.replace("title: Procédure – urgence – connexion", "title: Autre titre"),
                StandardCharsets.UTF_8);
        assertNotEquals(before, server.rebuild().id());
        assertEquals("Autre titre", get("/data.txt").body());
    }

    @Test
    void theEventStreamSendsTheBuildIdThenEachNewOne() throws Exception {
        HttpResponse<InputStream> stream =
                http.send(request(LiveReload.EVENTS_PATH), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(
                "text/event-stream; charset=utf-8",
                stream.headers().firstValue("Content-Type").orElseThrow());
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertEquals("data: " + server.current().id(), nextData(events));
            Files.writeString(
                    yaml,
                    seed.replace("title: Procédure – urgence – connexion", "title: Nouveau"),
                    StandardCharsets.UTF_8);
            String next = nextData(events); // the watcher saw the save and rebuilt
            assertEquals("data: " + server.current().id(), next);
            assertEquals("Nouveau", get("/data.txt").body());
        }
    }

    @Test
    void whileTheProcedureIsInvalidEveryHtmlPageShowsItsDiagnostics() throws Exception {
        Files.writeString(yaml, seed.replace("next: connecte\n", "next: <connecte>\n"), StandardCharsets.UTF_8);
        Snapshot broken = server.rebuild();
        for (String page : List.of("/", "/index.html", "/tutorial.html", "/anything.html")) {
            Document doc = Jsoup.parse(get(page).body());
            String pre = doc.expectFirst("pre.diagnostics").wholeText();
            assertEquals(broken.messages(), pre, "the same text as the command line");
            assertTrue(pre.contains(": error[E006]: 'next' points to '<connecte>', which is not a node"), pre);
            assertEquals(
                    broken.id(), doc.expectFirst("script[data-procsite-build]").attr("data-procsite-build"));
        }
        assertEquals(
                503,
                http.send(request("/data.txt"), HttpResponse.BodyHandlers.discarding())
                        .statusCode());
        Files.writeString(yaml, seed, StandardCharsets.UTF_8);
        server.rebuild();
        assertTrue(Jsoup.parse(get("/").body()).select("pre.diagnostics").isEmpty());
    }

    @Test
    void theProblemPageIsInTheProceduresLanguageAndSaysTheMessagesAreInEnglish() throws Exception {
        String french = "Rien n'est publié tant que la procédure a des erreurs. Corrigez le fichier et enregistrez :"
                + " cette page se recharge d'elle-même.";
        String note =
                "Les messages ci-dessous sont en anglais, tels que la commande check les affiche : chacun donne la"
                        + " ligne et la colonne du problème, puis l'aide (help).";
        Files.writeString(yaml, seed.replace("next: connecte\n", "next: <connecte>\n"), StandardCharsets.UTF_8);
        server.rebuild();
        Document doc = Jsoup.parse(get("/").body());
        assertEquals("fr", doc.expectFirst("html").attr("lang"));
        assertEquals(french, doc.expectFirst("main > p").text());
        assertEquals(note, doc.expectFirst("p.note").text());

        // Not even YAML: the language is read from the text.
        Files.writeString(yaml, seed.replace("title: Procédure", "title: \"Procédure"), StandardCharsets.UTF_8);
        server.rebuild();
        doc = Jsoup.parse(get("/").body());
        assertEquals("fr", doc.expectFirst("html").attr("lang"));
        assertEquals(french, doc.expectFirst("main > p").text());

        // English: no note, the messages are already in the page's language.
        Files.writeString(
                yaml,
                seed.replace("lang: fr", "lang: en").replace("next: connecte\n", "next: <connecte>\n"),
                StandardCharsets.UTF_8);
        server.rebuild();
        doc = Jsoup.parse(get("/").body());
        assertEquals("en", doc.expectFirst("html").attr("lang"));
        assertEquals(
                "Nothing is published while the procedure has errors. Fix the file and save: this page reloads"
                        + " by itself.",
                doc.expectFirst("main > p").text());
        assertTrue(doc.select("p.note").isEmpty());
    }

    @Test
    void aRenderFailureShowsAnErrorPageAndTheServerKeepsRunning() throws Exception {
        renderFails.set(true);
        Snapshot failed = server.rebuild();
        assertTrue(failed.failure().orElseThrow().contains("a renderer <failed> on purpose"));
        Document page = Jsoup.parse(get("/index.html").body());
        assertTrue(page.expectFirst("pre.failure")
                .wholeText()
                .contains("IllegalStateException: a renderer <failed> on purpose"));
        renderFails.set(false);
        server.rebuild();
        assertEquals("Procédure – urgence – connexion", get("/data.txt").body());
    }

    @Test
    void aStaticFileLinkedOutOfTheProjectIsNotServed() throws Exception {
        Path secret = Files.createTempFile("environ", ".txt");
        try {
            Files.writeString(secret, "TOKEN=s3cr3t\n");
            Files.createDirectories(dir.resolve("static"));
            Files.writeString(dir.resolve("static/CNAME"), "urgence.example.org\n");
            Files.createSymbolicLink(dir.resolve("static/env"), secret);

            Snapshot refused = server.rebuild();

            assertTrue(
                    refused.failure()
                            .orElseThrow()
                            .contains("static/env is a link to " + secret.toRealPath() + ", outside the project"),
                    refused.failure()::toString);
            assertEquals(
                    404,
                    http.send(request("/env"), HttpResponse.BodyHandlers.ofString())
                            .statusCode());
            assertEquals(
                    404,
                    http.send(request("/CNAME"), HttpResponse.BodyHandlers.ofString())
                            .statusCode());
            Files.delete(dir.resolve("static/env"));
            server.rebuild();
            assertEquals("urgence.example.org\n", get("/CNAME").body());
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void anErrorInARebuildShowsAProblemPageAndTheNextSaveRebuilds() throws Exception {
        renderOverflows.set(true);
        Files.writeString(yaml, seed.replace("title: Procédure – urgence – connexion", "title: Cassé"));
        Snapshot failed = awaitBuild(s -> s.failure().isPresent());
        assertTrue(failed.failure().orElseThrow().contains("StackOverflowError"), failed::toString);
        assertTrue(Jsoup.parse(get("/index.html").body())
                .expectFirst("pre.failure")
                .wholeText()
                .contains("StackOverflowError: the work nested too deeply"));

        renderOverflows.set(false);
        Files.writeString(yaml, seed.replace("title: Procédure – urgence – connexion", "title: Réparé"));
        awaitBuild(s -> s.failure().isEmpty() && s.site().containsKey("data.txt"));

        assertEquals("Réparé", get("/data.txt").body());
    }

    /** The build served once {@code done} holds; the watcher rebuilds on its own. */
    private Snapshot awaitBuild(java.util.function.Predicate<Snapshot> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.test(server.current())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no such build after 20 s; serving " + server.current());
            }
            Thread.sleep(50);
        }
        return server.current();
    }

    @Test
    void itRefusesOtherHostsOtherMethodsAndUnknownFiles() throws Exception {
        assertEquals(
                404,
                http.send(request("/nothing.css"), HttpResponse.BodyHandlers.discarding())
                        .statusCode());
        HttpRequest post = HttpRequest.newBuilder(server.uri())
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build();
        assertEquals(
                405, http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode());
        // A DNS name pointing at 127.0.0.1 (rebinding) must not read the preview.
        try (var socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.port())) {
            socket.getOutputStream()
                    .write("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertEquals("HTTP/1.1 403 Forbidden", status);
        }
    }

    @Test
    void itNeverWritesAFile() throws Exception {
        Set<Path> before = files();
        Files.writeString(
                yaml, seed.replace("title: Procédure – urgence – connexion", "title: Écrit ?"), StandardCharsets.UTF_8);
        server.rebuild();
        get("/");
        assertEquals(before, files());
    }

    private Set<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.collect(Collectors.toSet());
        }
    }

    private static String nextData(BufferedReader events) throws IOException {
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            if (line.startsWith("data: ")) {
                return line;
            }
        }
        throw new AssertionError("the event stream ended");
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(5))
                .build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response =
                http.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), path);
        return response;
    }
}
