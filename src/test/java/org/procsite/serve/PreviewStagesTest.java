package org.procsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.render.PageRenderer;
import org.procsite.render.Renderer;
import org.procsite.render.SiteFile;
import org.procsite.render.SiteRenderer;
import org.procsite.testing.TestProcedures;

/**
 * A rebuild in two stages: the pages are served as soon as they are made, the slow output (the
 * PDF in {@code serve}) when it is ready. A request for it meanwhile waits and gets the new one.
 */
class PreviewStagesTest {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Holds the slow renderer until the test lets it go; open at first, for the start-up build. */
    private volatile CountDownLatch slowGate = new CountDownLatch(0);

    private final List<String> slowRuns = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicBoolean slowFails = new AtomicBoolean();

    @TempDir
    Path dir;

    private Path yaml;
    private String seed;
    private PreviewServer server;

    @BeforeEach
    void start() throws Exception {
        yaml = dir.resolve("procedure.yaml");
        seed = Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8);
        Files.writeString(yaml, seed, StandardCharsets.UTF_8);
        SiteRenderer renderer =
                new SiteRenderer(List.of(new PageRenderer("index.ftlh", "index.html")), List.of(slowRenderer()));
        server = PreviewServer.start(
                new Previewer(new ProcedureFile(yaml, "procedure.yaml"), new Pipeline(renderer)), 0, s -> {});
    }

    private Renderer slowRenderer() {
        return context -> {
            slowRuns.add(context.procedure().title());
            try {
                slowGate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (slowFails.get()) {
                throw new IllegalStateException("the slow renderer failed on purpose");
            }
            return List.of(new SiteFile("slow.txt", context.procedure().title().getBytes(StandardCharsets.UTF_8)));
        };
    }

    @AfterEach
    void stop() {
        slowGate = new CountDownLatch(0);
        server.close();
    }

    @Test
    void theStartUpBuildServesEverything() {
        assertTrue(server.current().site().containsKey("slow.txt"));
        assertTrue(server.current().site().containsKey("index.html"));
    }

    @Test
    @Timeout(60) // a request that never waits would leave awaitWaitingRequests waiting
    void thePagesAreServedBeforeTheSlowOutputWhichARequestWaitsFor() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        slowGate = gate;
        edit("Revised");
        Snapshot first = server.rebuild();
        assertFalse(first.site().containsKey("slow.txt"), "the pages come first");
        assertTrue(get("/index.html").contains("Revised"), "the new page is served while the slow output is made");

        java.util.concurrent.CompletableFuture<String> slowFile =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return get("/slow.txt");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        server.awaitWaitingRequests(1);
        assertFalse(slowFile.isDone(), "a request for the slow output waits for it, rather than get the old one");
        gate.countDown();
        assertEquals("Revised", slowFile.get(10, TimeUnit.SECONDS));
        Snapshot whole = server.awaitComplete();
        assertEquals(first.id(), whole.id(), "the pages did not change: open pages do not reload again");
    }

    @Test
    void aSlowOutputThatNoLongerMattersIsNotMade() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        slowGate = gate;
        edit("One");
        server.rebuild();
        edit("Two");
        server.rebuild();
        edit("Three");
        server.rebuild();
        gate.countDown();
        assertEquals("Three", get("/slow.txt"));
        assertTrue(slowRuns.contains("One"), "the first slow stage had started: " + slowRuns);
        assertFalse(slowRuns.contains("Two"), "the slow stage of 'Two' was skipped, 'Three' replaced it: " + slowRuns);
    }

    @Test
    void aFailureOfTheSlowOutputShowsTheErrorPageWithANewId() throws Exception {
        slowFails.set(true);
        edit("Broken later");
        Snapshot first = server.rebuild();
        Snapshot whole = server.awaitComplete();
        assertFalse(whole.ok());
        assertNotEquals(first.id(), whole.id(), "open pages reload to show the failure");
        assertTrue(get("/index.html").contains("the slow renderer failed on purpose"));
    }

    @Test
    void aRequestWaitsForTheSlowOutputNoLongerThanItsPatience() throws Exception {
        server.close();
        server = PreviewServer.start(
                new Previewer(
                        new ProcedureFile(yaml, "procedure.yaml"),
                        new Pipeline(new SiteRenderer(
                                List.of(new PageRenderer("index.ftlh", "index.html")), List.of(slowRenderer())))),
                0,
                s -> {},
                Duration.ofMillis(300));
        CountDownLatch gate = new CountDownLatch(1);
        slowGate = gate;
        edit("Patient");
        server.rebuild();

        long start = System.nanoTime();
        HttpResponse<String> early = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slow.txt"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long waited = (System.nanoTime() - start) / 1_000_000;

        assertEquals(503, early.statusCode(), early.body());
        assertTrue(early.body().contains("slow.txt is still being made; reload in a moment"), early.body());
        assertEquals("2", early.headers().firstValue("Retry-After").orElse(""));
        assertTrue(waited >= 250 && waited < 5_000, "waited " + waited + " ms, about the patience");
        gate.countDown();
        server.awaitComplete();
        assertEquals("Patient", get("/slow.txt"));
    }

    /**
     * Saves a new title and waits until the watcher's own rebuild serves it, so that the test's
     * rebuild is the last.
     */
    private void edit(String title) throws Exception {
        String before = server.current().id();
        Files.writeString(
                yaml,
                seed.replace("title: Procédure – urgence – connexion", "title: " + title),
                StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!rebuiltSince(before, title)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the watcher never rebuilt '" + title + "'");
            }
            Thread.sleep(20);
        }
    }

    /** A build after {@code before} serves the title, or its failure (a slow output that fails at once). */
    private boolean rebuiltSince(String before, String title) {
        Snapshot served = server.current();
        SiteFile index = served.site().get("index.html");
        return !served.id().equals(before)
                && (!served.ok() || index != null && new String(index.bytes(), StandardCharsets.UTF_8).contains(title));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
