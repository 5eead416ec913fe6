package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.procsite.diag.Json;
import org.procsite.model.Escalation;
import org.procsite.model.Node;
import org.procsite.model.Procedure;
import org.procsite.model.Question;
import org.procsite.model.Step;
import org.procsite.model.Wait;

/** The decision page's HTML without a browser: the hooks of docs/architecture.md, the policy, one file. */
class DecisionPageStructureTest {

    private static final Procedure SEED = DecisionPages.procedure(DecisionPages.SEED);
    private static final Procedure LAB = DecisionPages.procedure(DecisionPages.LAB);
    private static final byte[] SEED_BYTES = DecisionPages.render(SEED);
    private static final Document SEED_PAGE = Jsoup.parse(new String(SEED_BYTES, StandardCharsets.UTF_8));
    private static final Document LAB_PAGE = Jsoup.parse(new String(DecisionPages.render(LAB), StandardCharsets.UTF_8));

    @Test
    void eachNodeIsOneElementWithItsTypeAndItsPaperNumber() {
        check(SEED, SEED_PAGE, "Étape ");
        check(LAB, LAB_PAGE, "Step ");
    }

    private static void check(Procedure procedure, Document page, String stepWord) {
        List<Element> screens = page.select("[data-node]");
        assertEquals(procedure.nodes().size(), screens.size());
        for (Node node : procedure.nodesInOrder()) {
            Element screen = page.expectFirst("[data-node=" + node.id() + "]");
            assertEquals(node.typeName(), screen.attr("data-type"), node.id());
            assertEquals(node.id(), screen.id(), "the fragment #" + node.id() + " targets it");
            assertEquals(stepWord + node.number(), screen.expectFirst(".num").text(), node.id());
        }
    }

    @Test
    void dataNextIsOnTheAnswersAndTheOneContinueControlOnly() {
        for (Procedure procedure : List.of(SEED, LAB)) {
            Document page = procedure == SEED ? SEED_PAGE : LAB_PAGE;
            int expected = 0;
            for (Node node : procedure.nodesInOrder()) {
                Element screen = page.expectFirst("[data-node=" + node.id() + "]");
                List<String> targets = screen.select("[data-next]").eachAttr("data-next");
                if (node instanceof Question q) {
                    assertEquals(q.successors(), targets, node.id());
                    assertEquals(
                            q.choices().size(),
                            screen.select(".answers > li > a[data-next]").size());
                } else if (node instanceof Step s) {
                    assertEquals(List.of(s.next()), targets, node.id());
                } else if (node instanceof Wait w) {
                    assertEquals(List.of(w.next()), targets, node.id());
                } else {
                    assertEquals(List.of(), targets, node.id());
                }
                expected += targets.size();
                for (Element control : screen.select("[data-next]")) {
                    assertEquals(
                            "#" + control.attr("data-next"), control.attr("href"), "a plain anchor: works without JS");
                }
            }
            assertEquals(expected, page.select("[data-next]").size(), "no data-next outside the nodes");
        }
    }

    @Test
    void otherNavigationCarriesDataAction() {
        assertEquals(
                List.of("back", "new-case", "close-case", "restart"),
                SEED_PAGE.select("[data-action]").eachAttr("data-action"),
                "the trail's entries (trail) and the case list's rows (switch-case) are made by the script");
    }

    @Test
    void theNodesComeInTheSheetsOrderSoThePageWithoutJavaScriptReadsLikeThePaper() {
        for (Procedure procedure : List.of(SEED, LAB)) {
            Document page = procedure == SEED ? SEED_PAGE : LAB_PAGE;
            assertEquals(
                    procedure.nodesInOrder().stream().map(Node::id).toList(),
                    page.expectFirst("main").children().eachAttr("data-node"));
            // The first card is the start (the current student's name, a script's line, comes before it).
            assertEquals(procedure.start(), page.expectFirst("main [data-node]").attr("data-node"));
        }
    }

    @Test
    void theCallButtonIsOutsideTheScreensSoEveryScreenHasIt() {
        Element call = SEED_PAGE.expectFirst("footer.call-bar a[href^=tel:]");
        assertEquals(SEED.primaryContact().telUri(), call.attr("href"));
        assertTrue(call.text().contains("06 49 10 01 97"), call.text());
        assertTrue(call.text().contains("UNESS"), call.text());
        assertEquals(
                "tel:+442079460321",
                LAB_PAGE.expectFirst("footer a[href^=tel:]").attr("href"));
    }

    @Test
    void eachEscalationNamesItsOwnContactWithTheNumberWrittenOut() {
        for (Node node : LAB.nodesInOrder()) {
            if (node instanceof Escalation e) {
                Element screen = LAB_PAGE.expectFirst("[data-node=" + node.id() + "]");
                Element tel = screen.expectFirst("a.tel");
                assertEquals(e.contact().telUri(), tel.attr("href"));
                assertEquals(e.contact().phone(), tel.text());
                assertTrue(screen.expectFirst(".contact")
                        .text()
                        .contains(e.contact().name()));
                screen.expectFirst("pre[data-transcript]");
            }
        }
    }

    @Test
    void theContentSecurityPolicyComesFirstAndHashesExactlyTheInlineStyleAndScript() {
        Element head = SEED_PAGE.head();
        Element meta = head.child(0);
        assertEquals("Content-Security-Policy", meta.attr("http-equiv"));
        String policy = meta.attr("content");
        List<Element> styles = SEED_PAGE.select("style");
        List<Element> scripts = SEED_PAGE.select("script:not([type])");
        assertEquals(1, styles.size());
        assertEquals(1, scripts.size());
        assertEquals(
                "default-src 'none'; script-src '" + sha256(scripts.get(0).data()) + "'; style-src '"
                        + sha256(styles.get(0).data())
                        + "'; img-src data: 'self'; manifest-src 'self'; worker-src 'self'; "
                        + "base-uri 'none'; form-action 'none'",
                policy);
        // The data block is not executed, so the policy needs no hash for it.
        Element data = SEED_PAGE.expectFirst("script#decision-data");
        assertEquals("application/json", data.attr("type"));
        assertEquals(2, SEED_PAGE.select("script").size());
    }

    private static String sha256(String text) {
        try {
            return "sha256-"
                    + java.util.Base64.getEncoder()
                            .encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void nothingIsInlineThatThePolicyWouldBlock() {
        List<String> found = new ArrayList<>();
        for (Element e : SEED_PAGE.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (a.getKey().equals("style") || a.getKey().startsWith("on")) {
                    found.add(e.tagName() + " " + a);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theFileReferencesNothingOutsideItself() {
        List<String> external = new ArrayList<>();
        for (Element e : SEED_PAGE.select("[src], [href], [action], [srcset], [poster], [data]")) {
            for (String key : List.of("src", "srcset", "poster", "action", "data")) {
                if (e.hasAttr(key)) {
                    external.add(e.tagName() + " " + key + "=" + e.attr(key));
                }
            }
            String href = e.attr("href");
            if (e.hasAttr("href") && !(href.startsWith("#") || href.startsWith("tel:") || href.startsWith("data:"))) {
                external.add(e.tagName() + " href=" + href);
            }
        }
        assertEquals(List.of(), external);
        assertEquals(List.of("icon"), SEED_PAGE.select("link").eachAttr("rel"));
        assertFalse(SEED_PAGE.expectFirst("style").data().contains("url("), "no fonts or images from anywhere");
        assertFalse(SEED_PAGE.expectFirst("style").data().contains("@import"));
    }

    @Test
    void theScriptsDataIsJsonThatCannotCloseItsElement() {
        String json = Json.writeForScript(java.util.Map.of("t", "</script><b>&\u2028"));
        assertEquals("{\"t\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\"}", json);
        String data = SEED_PAGE.expectFirst("script#decision-data").data();
        assertTrue(data.startsWith("{\"title\":\"Procédure – urgence – connexion\",\"version\":\"1.0\""), data);
    }

    @Test
    void theLanguageFollowsTheProcedure() {
        assertEquals("fr", SEED_PAGE.expectFirst("html").attr("lang"));
        assertEquals("en", LAB_PAGE.expectFirst("html").attr("lang"));
        assertEquals("Fait, continuer", SEED_PAGE.expectFirst(".continue").ownText());
        assertEquals("Done, continue", LAB_PAGE.expectFirst(".continue").ownText());
        assertEquals(
                "Updated every 20 minutes, each hour at :00, :20, :40.",
                LAB_PAGE.expectFirst(".every").text());
        assertEquals(
                "Mise à jour toutes les 15 minutes, à chaque heure : h00, h15, h30, h45.",
                SEED_PAGE.expectFirst(".every").text());
    }

    @Test
    void everyDecisionWordExistsInFrenchAndInEnglish() throws IOException {
        assertEquals(decisionKeys("fr"), decisionKeys("en"));
    }

    private static Set<String> decisionKeys(String lang) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(Path.of("templates/messages_" + lang + ".properties"))));
        return p.stringPropertyNames().stream()
                .filter(k -> k.startsWith("decision."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theSeedPageWeighsAtMost50KilobytesAndBuildsToTheSameBytes() {
        assertTrue(SEED_BYTES.length <= 50_000, SEED_BYTES.length + " bytes");
        assertArrayEquals(SEED_BYTES, DecisionPages.render(SEED));
    }
}
