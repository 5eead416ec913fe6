package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;
import org.procsite.model.Procedure;
import org.procsite.paths.PathLister;
import org.procsite.render.MarkdownText;

/**
 * Every start-to-end path of the frozen seed, of the English test procedure and of the
 * maintainers' live procedure.yaml, tapped through in a real Chromium by clicking the
 * {@code data-next} controls; at each step exactly one node is visible, it is the one the model
 * says, with its type, and a {@code tel:} link to the escalation contact is visible. The paths
 * come from the model ({@link PathLister}), so a new branch in procedure.yaml is a new case here.
 */
class DecisionPageWalkTest {

    private static final Procedure SEED = DecisionPages.procedure(DecisionPages.SEED);
    private static final Procedure LAB = DecisionPages.procedure(DecisionPages.LAB);
    private static final Procedure LIVE = DecisionPages.procedure(DecisionPages.LIVE);
    private static final MarkdownText MARKDOWN = new MarkdownText();

    @TempDir
    static Path folder;

    private static Chromium browser;
    private static String seedUrl;
    private static String labUrl;
    private static String liveUrl;

    @BeforeAll
    static void start() {
        seedUrl = DecisionPages.writeTo(folder, SEED, "seed.html");
        labUrl = DecisionPages.writeTo(folder, LAB, "lab.html");
        liveUrl = DecisionPages.writeTo(folder, LIVE, "live.html");
        browser = Chromium.plain();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static Stream<Arguments> seedPaths() {
        return paths(SEED);
    }

    static Stream<Arguments> labPaths() {
        return paths(LAB);
    }

    static Stream<Arguments> livePaths() {
        return paths(LIVE);
    }

    static Stream<Arguments> paths(Procedure procedure) {
        List<org.procsite.paths.ProcedurePath> paths = PathLister.list(procedure, Long.MAX_VALUE);
        assertEquals(procedure.paths().total().longValueExact(), paths.size(), "the lister finds every counted path");
        return paths.stream().map(p -> Arguments.of(p.describe(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPaths")
    void everyPathOfTheSeedCanBeTappedThrough(String name, org.procsite.paths.ProcedurePath path) {
        walk(browser, SEED, seedUrl, path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labPaths")
    void everyPathOfTheEnglishProcedureCanBeTappedThrough(String name, org.procsite.paths.ProcedurePath path) {
        walk(browser, LAB, labUrl, path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("livePaths")
    void everyPathOfTheLiveProcedureCanBeTappedThrough(String name, org.procsite.paths.ProcedurePath path) {
        walk(browser, LIVE, liveUrl, path);
    }

    /** Taps through one path in any browser: {@link DecisionPageWebKitTest} walks them in WebKit. */
    static void walk(PageBrowser browser, Procedure procedure, String url, org.procsite.paths.ProcedurePath path) {
        List<org.procsite.paths.ProcedurePath.Hop> hops = path.hops();
        String start = hops.get(0).node();
        assertEquals(procedure.start(), start);
        // The start node by its fragment, in a new document with nothing kept. The page without
        // a fragment is covered by DecisionPageBrowserTest.
        browser.reopenAt(url + "#" + start);
        for (int i = 0; i < hops.size(); i++) {
            String id = hops.get(i).node();
            String next = i + 1 < hops.size() ? hops.get(i + 1).node() : "";
            List<Object> seen = browser.visibleNodesAndControl(next);
            assertEquals(
                    List.of(id + " " + procedure.node(id).typeName()),
                    seen.get(0),
                    "after " + i + " taps on " + path.describe());
            assertTrue(
                    ((List<?>) seen.get(2)).contains(procedure.primaryContact().telUri()),
                    "a visible call link on " + id + ": " + seen.get(2));
            if (!next.isEmpty()) {
                WebElement control = (WebElement) seen.get(1);
                assertNotNull(control, "a data-next control from " + id + " to " + next);
                String answer = hops.get(i).answer();
                if (answer != null) {
                    assertEquals(MARKDOWN.plain(answer), control.getText().strip(), "the answer's words");
                }
                browser.proceed(control);
            }
        }
        String end = hops.get(hops.size() - 1).node();
        assertEquals(path.endType(), procedure.node(end).typeName());
        assertTrue(browser.driver().getCurrentUrl().endsWith("#" + end), "the fragment names the end node");
    }
}
