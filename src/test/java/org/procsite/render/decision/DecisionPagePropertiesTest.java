package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.diag.Json;
import org.procsite.testing.BrowserBinaries;
import org.procsite.testing.TestProcedures;

/**
 * The decision page against its state machine, with random sequences (fast-check, on Node:
 * src/test/js): the model alone against the rules of docs/decision-page.md, then the real page
 * against the model in Chromium and in WebKit. Each procedure's page is rendered here, and its
 * graph read from the page itself (what the page's script reads), for the scripts.
 *
 * <p>A failure prints fast-check's seed, path and shrunk sequence; to replay it, run the printed
 * {@code node} command with {@code PROCSITE_SEED} and {@code PROCSITE_PATH} set.
 */
class DecisionPagePropertiesTest {

    private static final Path SCRIPTS = Path.of("src/test/js");
    private static final Path MODEL = Path.of("templates/decision-model.js");

    @TempDir
    static Path folder;

    private static final List<Path> pages = new ArrayList<>();
    private static final List<Path> graphs = new ArrayList<>();

    @BeforeAll
    static void render() throws IOException {
        for (Path procedure : List.of(
                TestProcedures.SEED, TestProcedures.LAB, Path.of("src/test/resources/procedures/odd-text.yaml"))) {
            String name = procedure.getFileName().toString().replace(".yaml", "");
            Path page = Path.of(java.net.URI.create(
                    DecisionPages.writeTo(folder, DecisionPages.procedure(procedure), name + ".html")));
            Path graph = folder.resolve(name + ".graph.json");
            Files.writeString(graph, graphOf(Jsoup.parse(page.toFile(), "UTF-8")));
            pages.add(page);
            graphs.add(graph);
        }
    }

    /** The graph as the page's script reads it: each node's type, wait and next nodes, in the page's order. */
    static String graphOf(Document page) {
        Map<String, Object> nodes = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (Element node : page.select("[data-node]")) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("type", node.attr("data-type"));
            n.put("every", node.hasAttr("data-every") ? node.attr("data-every") : "0");
            n.put("next", node.select("[data-next]").eachAttr("data-next"));
            nodes.put(node.attr("data-node"), n);
            order.add(node.attr("data-node"));
        }
        String data = page.getElementById("decision-data").data();
        String start = data.replaceAll("(?s).*\"start\":\"([a-z0-9-]+)\".*", "$1");
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("start", start);
        graph.put("order", order);
        graph.put("nodes", nodes);
        return Json.writeForScript(graph);
    }

    @Test
    void theModelFollowsEveryRuleOfItsSpecification() throws Exception {
        List<String> command = new ArrayList<>(
                List.of("node", "model.properties.mjs", MODEL.toAbsolutePath().toString()));
        graphs.forEach(g -> command.add(g.toString()));
        node(command, Map.of(), 600);
    }

    /** At least this many events per engine (each compared with the model). */
    static final int EVENTS = 2000;

    @Test
    void theRealPageDoesWhatItsModelDoesInChromium() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "node", "page.properties.mjs",
                "--engine", "chromium",
                "--chromium", BrowserBinaries.chromium(),
                "--chromedriver", BrowserBinaries.chromedriver(),
                "--model", MODEL.toAbsolutePath().toString(),
                "--events", String.valueOf(EVENTS)));
        pagesAndGraphs(command);
        node(command, Map.of(), 1800);
    }

    /**
     * WebKit, as Safari on iPhone. Its runs leave out one gesture, the page opened again in the
     * same tab from its address: WebKitGTK then takes back into the older document's entries as
     * a move inside the new one, with no state, and history.length shrinks on a later back (a
     * ten-line page does the same; docs/decision-page.md). DecisionPageSequencesTest checks that
     * gesture in WebKit by example.
     */
    @Test
    void theRealPageDoesWhatItsModelDoesInWebKit() throws Exception {
        int port = WebKit.freePortNumber();
        Process service = WebKit.startService(port);
        try {
            List<String> command = new ArrayList<>(List.of(
                    "node",
                    "page.properties.mjs",
                    "--engine",
                    "webkit",
                    "--webdriver",
                    "http://127.0.0.1:" + port,
                    "--minibrowser",
                    WebKit.miniBrowser().toString(),
                    "--model",
                    MODEL.toAbsolutePath().toString(),
                    "--events",
                    String.valueOf(EVENTS)));
            pagesAndGraphs(command);
            node(command, Map.of(), 2400);
        } finally {
            WebKit.stop(service);
        }
    }

    /** The seed first, then the English procedure: the page and its graph for each. */
    private static void pagesAndGraphs(List<String> command) {
        for (int i = 0; i < 2; i++) {
            command.add(pages.get(i).toString());
            command.add(graphs.get(i).toString());
        }
    }

    static String node(List<String> command, Map<String, String> env, int seconds) throws Exception {
        // The output goes to a file, read once node has ended: read from a pipe, it would block
        // until node ends, so a browser that hangs would hang the suite instead of failing here.
        Path log = Files.createTempFile("node-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(SCRIPTS.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (!ended) {
                throw new AssertionError("node did not finish in " + seconds + " s:\n" + out);
            }
            return checked(command, process, out);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String checked(List<String> command, Process process, String out) {
        System.out.print(out);
        assertEquals(0, process.exitValue(), "cd " + SCRIPTS + " && " + String.join(" ", command) + "\n" + out);
        return out;
    }
}
