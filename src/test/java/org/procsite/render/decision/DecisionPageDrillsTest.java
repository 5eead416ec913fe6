package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;
import org.procsite.model.Drill;
import org.procsite.model.DrillWalk;
import org.procsite.model.Procedure;
import org.procsite.model.SourcePos;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.pipeline.SetCompilation;
import org.procsite.testing.TestProcedures;

/**
 * Issue 22: every drill of every test procedure (the frozen seed, the English one, the three of
 * the folder, and the maintainers' live file), tapped through the phone page in Chromium and in
 * WebKit as a proctor would: at a question, the answer whose label the drill names; at a step or
 * a wait, its one way on. At every screen exactly one node is visible, and the walk ends on the
 * drill's node with every answer tapped. Only the page's stable hooks are used: {@code
 * [data-node]} with {@code data-type}, and the {@code <a data-next>} controls.
 */
class DecisionPageDrillsTest {

    /** Each test procedure by a short name, checked. */
    private static final Map<String, Procedure> PROCEDURES = procedures();

    @TempDir
    static Path folder;

    private static final Map<String, String> urls = new HashMap<>();
    private static Chromium chromium;
    private static WebKit webkit;

    private static Map<String, Procedure> procedures() {
        Map<String, Procedure> all = new LinkedHashMap<>();
        all.put("seed", DecisionPages.procedure(TestProcedures.SEED));
        all.put("lab-login", DecisionPages.procedure(TestProcedures.LAB));
        try {
            SetCompilation several = Pipeline.compile(ProcedureSet.typed(List.of(TestProcedures.SEVERAL.toString())));
            for (SetCompilation.Entry e : several.procedures()) {
                String file = e.member().file().path().getFileName().toString();
                all.put(
                        "several-" + file.replace(".yaml", ""),
                        e.compilation().procedure().orElseThrow(() -> new AssertionError(file + " does not check")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.put("live", DecisionPages.procedure(TestProcedures.LIVE));
        return all;
    }

    @BeforeAll
    static void writePages() {
        PROCEDURES.forEach((name, p) -> urls.put(name, DecisionPages.writeTo(folder, p, name + ".html")));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (webkit != null) {
            webkit.close();
        }
    }

    static Stream<Arguments> drills() {
        List<Arguments> all = new ArrayList<>();
        PROCEDURES.forEach((name, p) ->
                p.drills().forEach(d -> all.add(Arguments.of(name + ": " + d.name(), name, d))));
        return all.stream();
    }

    @Test
    void theFrozenProceduresCarryDrills() {
        for (String name : List.of("seed", "lab-login", "several-connexion", "several-lab-login", "several-tablette")) {
            assertFalse(PROCEDURES.get(name).drills().isEmpty(), name + " has drills for the walks below");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drills")
    void everyDrillCanBeTappedThroughInChromium(String title, String procedure, Drill drill) {
        if (chromium == null) {
            chromium = Chromium.plain();
        }
        tap(chromium, PROCEDURES.get(procedure), urls.get(procedure), drill);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drills")
    void everyDrillCanBeTappedThroughInWebKit(String title, String procedure, Drill drill) {
        if (webkit == null) {
            webkit = WebKit.withJavaScript();
        }
        tap(webkit, PROCEDURES.get(procedure), urls.get(procedure), drill);
    }

    @Test
    void aDrillThatEndsElsewhereOnThePageFailsTheWalk() {
        if (chromium == null) {
            chromium = Chromium.plain();
        }
        Drill elsewhere = new Drill("Mauvais mail, corrigé", List.of("Non", "Oui"), "appeler-uness", SourcePos.START);
        AssertionError failed = assertThrows(
                AssertionError.class, () -> tap(chromium, PROCEDURES.get("seed"), urls.get("seed"), elsewhere));
        assertTrue(failed.getMessage().contains("the drill ends on its node"), failed.getMessage());
    }

    /**
     * In one round trip: the visible nodes as "ID TYPE"; and, when exactly one is visible, its
     * visible {@code data-next} controls, their words as shown, and where each leads.
     */
    private static final String SCREEN = "const n = Array.from(document.querySelectorAll('[data-node]'))"
            + ".filter(e => e.checkVisibility());"
            + "const c = n.length === 1 ? Array.from(n[0].querySelectorAll('a[data-next]'))"
            + ".filter(e => e.checkVisibility()) : [];"
            + "return [n.map(e => e.dataset.node + ' ' + e.dataset.type), c,"
            + " c.map(e => e.innerText.replace(/\\s+/g, ' ').trim()), c.map(e => e.dataset.next)];";

    /** Taps {@code drill} through the page at {@code url}, from the start, in any browser. */
    @SuppressWarnings("unchecked")
    static void tap(PageBrowser browser, Procedure procedure, String url, Drill drill) {
        browser.reopenAt(url + "#" + procedure.start());
        browser.awaitNode(procedure.start());
        List<String> trail = new ArrayList<>();
        int used = 0;
        for (int hop = 0; hop <= procedure.nodes().size(); hop++) {
            List<Object> screen = (List<Object>) browser.js(SCREEN);
            List<String> visible = (List<String>) screen.get(0);
            assertEquals(1, visible.size(), "exactly one visible node, after " + trail + ": " + visible);
            String[] node = visible.get(0).split(" ");
            String id = node[0];
            trail.add(id);
            List<WebElement> controls = (List<WebElement>) screen.get(1);
            List<String> words = (List<String>) screen.get(2);
            List<String> leadsTo = (List<String>) screen.get(3);
            int tapped;
            switch (node[1]) {
                case "success", "escalation" -> {
                    assertEquals(drill.ends(), id, "the drill ends on its node; it went " + trail);
                    assertEquals(drill.answers().size(), used, "every answer was tapped; it went " + trail);
                    assertTrue(browser.driver().getCurrentUrl().endsWith("#" + id), "the fragment names the end");
                    return;
                }
                case "question" -> {
                    assertTrue(used < drill.answers().size(), "the answers ran out at " + id + ", after " + trail);
                    String answer = drill.answers().get(used++);
                    List<Integer> named = DrillWalk.matches(answer, words);
                    assertEquals(
                            1, named.size(), "'" + answer + "' names one answer on screen at " + id + ": " + words);
                    tapped = named.get(0);
                }
                default -> {
                    assertEquals(1, controls.size(), "one way on from " + id + ": " + words);
                    tapped = 0;
                }
            }
            browser.proceed(controls.get(tapped));
            browser.awaitNode(leadsTo.get(tapped));
        }
        fail("no end after " + trail);
    }
}
