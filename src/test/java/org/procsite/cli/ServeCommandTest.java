package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.testing.TestProcedures;

/**
 * Issue 5's acceptance, as a maintainer lives it: {@code procsite serve} in its own JVM on a free
 * port, the page fetched, the YAML edited, broken and fixed, then the process stopped as Ctrl-C
 * stops it (SIGTERM runs the same shutdown hook as SIGINT).
 */
class ServeCommandTest {

    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    @Test
    void aSavedEditShowsWithinASecondABreakShowsTheDiagnosticsAndCtrlCStopsTheServer() throws Exception {
        Path yaml = dir.resolve("procedure.yaml");
        String seed = Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8);
        Files.writeString(yaml, seed, StandardCharsets.UTF_8);
        Process serve = serve("procedure.yaml", "--port", "0");
        try {
            URI base = URI.create(awaitUrl(serve));

            Document index = Jsoup.parse(get(base.resolve("index.html")));
            assertEquals(
                    "Procédure – urgence – connexion", index.expectFirst("h1").text());

            Files.writeString(
                    yaml,
                    seed.replace(
                            "title: Procédure – urgence – connexion",
                            "title: Procédure – urgence – connexion (révisée)"),
                    StandardCharsets.UTF_8);
            Document edited = awaitPage(
                    base.resolve("index.html"),
                    d -> d.expectFirst("h1").text().endsWith("(révisée)"),
                    Duration.ofSeconds(1));
            assertEquals(
                    "Procédure – urgence – connexion (révisée)",
                    edited.expectFirst("h1").text());

            Files.writeString(
                    yaml, seed.replace("start: verifier-mail", "start: verifier-mai"), StandardCharsets.UTF_8);
            Document broken = awaitPage(
                    base.resolve("tutorial.html"),
                    d -> d.selectFirst("pre.diagnostics") != null,
                    Duration.ofSeconds(1));
            String diagnostics = broken.expectFirst("pre.diagnostics").wholeText();
            assertTrue(
                    diagnostics.startsWith("procedure.yaml:23:8: error[E006]: 'start' points to 'verifier-mai'"),
                    diagnostics);
            assertTrue(diagnostics.contains("   23 | start: verifier-mai\n      |        ^\n"), diagnostics);
            assertEquals(1, broken.select("script[data-procsite-build]").size(), "the diagnostics page reloads too");

            Files.writeString(yaml, seed, StandardCharsets.UTF_8);
            Document fixed = awaitPage(
                    base.resolve("tutorial.html"),
                    d -> d.selectFirst("pre.diagnostics") == null,
                    Duration.ofSeconds(1));
            assertFalse(fixed.select("h1").isEmpty());
            assertFalse(Files.exists(dir.resolve("site")), "serve never writes the site");

            serve.destroy(); // SIGTERM: the shutdown hook that Ctrl-C runs
            assertTrue(serve.waitFor(10, TimeUnit.SECONDS), "serve stops on SIGTERM");
            assertEquals("procsite serve: stopped", lastLine(dir.resolve("stdout.txt")));
            // Each build: the time of day, then the ok line check prints, then how long the pages took.
            List<String> builds = Files.readAllLines(dir.resolve("stdout.txt"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(": ok, "))
                    .toList();
            assertFalse(builds.isEmpty());
            for (String line : builds) {
                assertTrue(
                        line.matches(
                                "\\d\\d:\\d\\d:\\d\\d procedure\\.yaml: ok, 16 nodes, 13 paths \\(9 end in success,"
                                        + " 4 in escalation\\); pages rebuilt in \\d+ ms"),
                        line);
            }
            assertThrows(base.resolve("index.html"));
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void aFolderOfProceduresIsServedAsBuildWouldWriteItAndASavePrintsTheOkLineOfThatProcedureOnly() throws Exception {
        Path folder = SeveralProceduresTest.copyOfFixtures(dir);
        Process serve = serve("--port", "0");
        try {
            URI base = URI.create(awaitUrl(serve));
            assertEquals(
                    List.of("connexion", "lab-login", "tablette"),
                    Jsoup.parse(get(base)).select("li[data-procedure]").eachAttr("data-procedure"));
            assertTrue(get(base.resolve("tablette/tutorial.pdf")).startsWith("%PDF-"));
            assertEquals(
                    List.of("connexion.yaml", "lab-login.yaml", "tablette.yaml"),
                    okLines().stream()
                            .map(l -> l.replaceAll(".* procedures/(\\S+): ok.*", "$1"))
                            .toList());

            Path tablette = folder.resolve("tablette.yaml");
            Files.writeString(
                    tablette,
                    Files.readString(tablette, StandardCharsets.UTF_8)
                            .replace("title: Urgence examens – la tablette ne démarre pas", "title: Tablette"),
                    StandardCharsets.UTF_8);
            awaitPage(
                    base.resolve("tablette/decision.html"),
                    d -> d.expectFirst("h1").text().equals("Tablette"),
                    Duration.ofSeconds(5));
            // serve prints the ok line after it publishes the page: the line may come a little later.
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (okLines().size() <= 3 && System.nanoTime() < deadline) {
                Thread.sleep(20); // polled, as awaitPage polls the page
            }
            List<String> after = okLines().subList(3, okLines().size());
            assertFalse(after.isEmpty());
            assertTrue(
                    after.stream().allMatch(l -> l.contains(" procedures/tablette.yaml: ok, 6 nodes")),
                    after::toString);
            assertFalse(Files.exists(dir.resolve("site")), "serve never writes the site");
        } finally {
            serve.destroyForcibly();
        }
    }

    private List<String> okLines() throws IOException {
        return Files.readAllLines(dir.resolve("stdout.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(": ok, "))
                .toList();
    }

    /** The URL that serve prints on start, once the first build is ready. */
    @Test
    void aPortInUseOrAMissingFileStopsServeWithExitCodeThree() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int code = Main.run(
                    new java.io.PrintWriter(out),
                    new java.io.PrintWriter(err),
                    "serve",
                    TestProcedures.SEED.toString(),
                    "--port",
                    String.valueOf(taken.getLocalPort()));
            assertEquals(ExitCode.FAILURE, code);
            assertTrue(
                    err.toString()
                            .startsWith("procsite: error: cannot listen on 127.0.0.1 port " + taken.getLocalPort()),
                    err.toString());
            assertTrue(
                    err.toString()
                            .endsWith("; another procsite serve may be using it: stop that one, or add --port 0"
                                    + " to use a free port\n"),
                    err.toString());
        }
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(
                new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err),
                "serve",
                dir.resolve("missing.yaml").toString(),
                "--port",
                "0");
        assertEquals(ExitCode.FAILURE, code);
        assertTrue(err.toString().contains("missing.yaml: no such file"), err.toString());
    }

    private String awaitUrl(Process serve) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && serve.isAlive()) {
            Matcher m = URL.matcher(Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no URL; stderr: " + Files.readString(dir.resolve("stderr.txt")));
    }

    private Document awaitPage(URI uri, Predicate<Document> shows, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        Document page;
        do {
            page = Jsoup.parse(get(uri));
            if (shows.test(page)) {
                return page;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not shown within " + within.toMillis() + " ms:\n" + page.outerHtml());
    }

    private String get(URI uri) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), uri.toString());
        return response.body();
    }

    private void assertThrows(URI uri) {
        org.junit.jupiter.api.Assertions.assertThrows(
                IOException.class,
                () -> http.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding()),
                "the port is closed once serve has stopped");
    }

    private static String lastLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertFalse(lines.isEmpty());
        return lines.get(lines.size() - 1);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Surefire puts the real test class path here; the plain property may name its booter jar. */
    /** {@code procsite serve ARGS} in its own JVM, in the test's folder, as a maintainer starts it. */
    private Process serve(String... args) throws IOException {
        List<String> command =
                new ArrayList<>(List.of(javaBinary(), "-cp", testClassPath(), Main.class.getName(), "serve"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
    }

    static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank()
                ? cp
                : System.getProperty("java.class.path")
                        .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator);
    }
}
