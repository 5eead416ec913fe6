package org.procsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procsite.check.CheckResult;
import org.procsite.check.Checker;
import org.procsite.load.Loader;

/**
 * A valid procedure whose texts are all awkward ({@code procedures/odd-text.yaml}): the whole
 * site renders, and no procedure text becomes markup or script in any page.
 */
class OddTextTest {

    static final String FILE = "src/test/resources/procedures/odd-text.yaml";
    private static Map<String, SiteFile> site;

    @BeforeAll
    static void render() throws IOException {
        CheckResult checked = Checker.check(Loader.load(Path.of(FILE), FILE));
        site = SiteRenderer.standard()
                .render(
                        checked.procedure().orElseThrow(() -> new AssertionError(checked.diagnostics())),
                        Templates.from(Optional.of(Path.of("templates"))));
    }

    private static Document page(String name) {
        return Jsoup.parse(new String(site.get(name).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void everyOutputIsWritten() {
        assertEquals(
                java.util.Set.of(
                        "decision.html",
                        "poster.pdf",
                        "flowchart.svg",
                        "index.html",
                        "procedure.schema.json",
                        "tutorial.html",
                        "tutorial.pdf",
                        "manifest.webmanifest",
                        "sw.js",
                        "icon-192.png",
                        "icon-512.png",
                        "icon-maskable-512.png"),
                site.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "decision.html", "tutorial.html"})
    void procedureTextNeverBecomesMarkup(String name) {
        Document doc = page(name);
        assertTrue(
                doc.select("img[onerror], svg[onload], [onclick], i, b, textarea")
                        .isEmpty(),
                name);
        long scripts = doc.select("script").size();
        assertEquals(name.equals("decision.html") ? 2 : 0, scripts, name);
        assertTrue(doc.select("a[href^=javascript], a[href^=data]").isEmpty(), name);
    }

    @Test
    void theFlowchartHasNoScriptOrHandler() {
        Document svg = Jsoup.parse(
                new String(site.get("flowchart.svg").bytes(), StandardCharsets.UTF_8),
                "",
                org.jsoup.parser.Parser.xmlParser());
        assertTrue(svg.select("script, [onload], [onerror]").isEmpty());
    }

    @Test
    void aPlaceholderInsideAnArgumentIsNotFilledIn() {
        assertEquals(
                "Last resort: Bob \"</script> <b> {1} on +33 (0)6 49 10 01 97",
                page("index.html").expectFirst(".call a").text());
        assertEquals(
                "Last resort: Bob \"</script> <b> {1} +33 (0)6 49 10 01 97",
                page("tutorial.html").expectFirst(".footer-call").text());
    }

    @Test
    void noTextLeavesThePageMarginsNotALongPhoneNumberNorALongWord() throws IOException {
        float margin = 11 / 25.4f * 72; // tutorial.css: @page margin 11mm left and right
        List<String> outside = new ArrayList<>();
        try (PDDocument pdf =
                org.apache.pdfbox.Loader.loadPDF(site.get("tutorial.pdf").bytes())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) throws IOException {
                    float width = getCurrentPage().getMediaBox().getWidth();
                    for (TextPosition g : glyphs) {
                        if (g.getXDirAdj() < margin - 0.5f
                                || g.getXDirAdj() + g.getWidthDirAdj() > width - margin + 0.5f) {
                            outside.add(g.getUnicode() + " of '" + text + "'");
                        }
                    }
                }
            };
            stripper.getText(pdf);
        }
        assertEquals(List.of(), outside);
    }
}
