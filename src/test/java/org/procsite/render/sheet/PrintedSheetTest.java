package org.procsite.render.sheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.procsite.check.CheckResult;
import org.procsite.check.Checker;
import org.procsite.model.Node;
import org.procsite.model.Procedure;
import org.procsite.model.Question;
import org.procsite.model.Wait;
import org.procsite.render.MarkdownText;
import org.procsite.render.RenderContext;
import org.procsite.render.SiteFile;
import org.procsite.render.SiteRenderer;
import org.procsite.render.Templates;
import org.procsite.testing.TestProcedures;

/** The printed sheet of the seed and of a second, English procedure: PDF, tutorial.html, flowchart.svg. */
class PrintedSheetTest {

    static final String SEED = TestProcedures.SEED.toString();
    static final String LAB = TestProcedures.LAB.toString();
    /** The maintainers' procedure: only the invariants of the outputs are tested on it. */
    static final String LIVE = TestProcedures.LIVE.toString();

    /** Each procedure is rendered once per test class run: rendering is the slow part. */
    private static final Map<String, Map<String, SiteFile>> SITES = new HashMap<>();

    static Stream<String> procedures() {
        return Stream.of(SEED, LAB);
    }

    /** The frozen procedures and the live one, for what must hold for any valid procedure. */
    static Stream<String> everyProcedure() {
        return Stream.of(SEED, LAB, LIVE);
    }

    static synchronized Procedure procedure(String file) throws IOException {
        CheckResult checked = Checker.check(org.procsite.load.Loader.load(Path.of(file), file));
        return checked.procedure()
                .orElseThrow(() -> new AssertionError(file + " is invalid: " + checked.diagnostics()));
    }

    static synchronized Map<String, SiteFile> site(String file) throws IOException {
        Map<String, SiteFile> site = SITES.get(file);
        if (site == null) {
            site = render(file);
            SITES.put(file, site);
        }
        return site;
    }

    static Map<String, SiteFile> render(String file) throws IOException {
        return SiteRenderer.standard().render(procedure(file), Templates.from(Optional.of(Path.of("templates"))));
    }

    static RenderContext context(String file) throws IOException {
        return RenderContext.of(procedure(file), Templates.from(Optional.of(Path.of("templates"))));
    }

    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u00A0', ' ')
                .replaceAll("\\s+", " ");
    }

    static List<String> pageTexts(byte[] pdf) throws IOException {
        return pageTexts(pdf, false);
    }

    /** @param byPosition reading order on the page rather than drawing order (the footer's counters are drawn last) */
    static List<String> pageTexts(byte[] pdf, boolean byPosition) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(normalised(stripper.getText(doc)));
            }
            return pages;
        }
    }

    static byte[] bytes(String file, String name) throws IOException {
        return site(file).get(name).bytes();
    }

    // --- PDF ---------------------------------------------------------------------------------

    @org.junit.jupiter.api.Test
    void theSeedFitsOnOneSheetRectoVerso() throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes(SEED, "tutorial.pdf"))) {
            assertTrue(doc.getNumberOfPages() <= 2, "pages: " + doc.getNumberOfPages());
        }
    }

    @ParameterizedTest
    @MethodSource("everyProcedure")
    void everyPageIsA4(String file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes(file, "tutorial.pdf"))) {
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(595, box.getWidth(), 1, "width");
                assertEquals(842, box.getHeight(), 1, "height");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("everyProcedure")
    void everyFontIsEmbedded(String file) throws IOException {
        int fonts = 0;
        try (PDDocument doc = Loader.loadPDF(bytes(file, "tutorial.pdf"))) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    fonts++;
                }
            }
        }
        assertTrue(fonts > 0, "no font at all");
    }

    @ParameterizedTest
    @MethodSource("everyProcedure")
    void everyPageCarriesTheLastResortNumber(String file) throws IOException {
        String phone = procedure(file).primaryContact().phone();
        List<String> pages = pageTexts(bytes(file, "tutorial.pdf"), true);
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains(phone), "page " + (i + 1) + " lacks " + phone);
            assertTrue(
                    pages.get(i).replace(" ", "").contains("page" + (i + 1) + "/" + pages.size()),
                    "page " + (i + 1) + " lacks its number: " + pages.get(i));
        }
    }

    @ParameterizedTest
    @MethodSource("procedures")
    void thePdfTextHasEveryTitleTheVersionAndTheDate(String file) throws IOException {
        RenderContext context = context(file);
        String text = String.join(" ", pageTexts(bytes(file, "tutorial.pdf")));
        for (Node node : context.procedure().nodesInOrder()) {
            String title = normalised(context.markdown().plain(node.title()));
            assertTrue(text.contains(title), "no title '" + title + "'");
        }
        assertTrue(text.contains(context.procedure().version()), "no version");
        assertTrue(
                text.contains(normalised(context.view().updated())),
                "no date " + context.view().updated());
    }

    @org.junit.jupiter.api.Test
    void theFrenchDateIsWrittenTheFrenchWay() throws IOException {
        String text = String.join(" ", pageTexts(bytes(SEED, "tutorial.pdf")));
        assertTrue(text.contains("24 novembre 2026"), text);
        assertTrue(text.contains("En dernier recours : UNESS 06 49 10 01 97"), "footer");
    }

    @ParameterizedTest
    @MethodSource("everyProcedure")
    void twoBuildsGiveTheSameBytes(String file) throws IOException {
        Map<String, SiteFile> again = render(file);
        for (String name : List.of("tutorial.pdf", "poster.pdf", "flowchart.svg", "tutorial.html")) {
            assertArrayEquals(bytes(file, name), again.get(name).bytes(), name);
        }
    }

    /** A run of text the PDF draws, where it sits (left edge, top-down, pt) and the size of each glyph in pt. */
    record Run(String text, float x, float y, List<Float> sizes) {
        /** Each word of the run, with the size of its first glyph: {@code text} has one char per glyph. */
        Map<String, Float> wordSizes() {
            Map<String, Float> words = new java.util.LinkedHashMap<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
            while (m.find()) {
                words.merge(m.group(), sizes.get(m.start()), Math::min);
            }
            return words;
        }
    }

    static List<Run> runs(PDDocument doc, int page) throws IOException {
        List<Run> runs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                StringBuilder glyphs = new StringBuilder();
                for (org.apache.pdfbox.text.TextPosition p : positions) {
                    String u = p.getUnicode();
                    glyphs.append(u.length() == 1 && !Character.isWhitespace(u.charAt(0)) ? u.charAt(0) : ' ');
                }
                runs.add(new Run(
                        glyphs.toString(),
                        positions.get(0).getXDirAdj(),
                        positions.get(0).getYDirAdj(),
                        positions.stream()
                                .map(p -> p.getTextMatrix().getScalingFactorY())
                                .toList()));
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return runs;
    }

    /** The text of the poster's map: below the hint over it, left of the column of steps. */
    static List<Run> chartRuns(String file) throws IOException {
        RenderContext context = context(file);
        String[] hint = context.messages().get("poster.map.hint").split(" ");
        String lastHintWord = hint[hint.length - 1];
        String steps = context.messages().get("poster.steps");
        try (PDDocument doc = Loader.loadPDF(bytes(file, "poster.pdf"))) {
            List<Run> runs = runs(doc, 1);
            float top = runs.stream()
                    .filter(r -> normalised(r.text()).strip().endsWith(lastHintWord))
                    .map(Run::y)
                    .reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no hint over the map: " + runs));
            float right = runs.stream()
                    .filter(r -> normalised(r.text()).contains(steps))
                    .map(Run::x)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no column of steps: " + runs));
            return runs.stream()
                    .filter(r -> r.y() > top + 1 && r.x() < right - 1)
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("procedures")
    void thePostersMapShowsEveryStepNumberAtEighteenPointsOrMoreAndNoTextUnderFourteen(String file) throws IOException {
        List<Run> chart = chartRuns(file);
        List<String> numbers = new ArrayList<>();
        for (Run run : chart) {
            for (float size : run.sizes()) {
                assertTrue(size >= FlowchartLayout.MIN_PRINTED_PT - 0.01, "'" + run.text() + "' at " + size + " pt");
            }
            // Step numbers are the large ones: phone digits and answer numbers are smaller.
            run.wordSizes().forEach((word, size) -> {
                if (word.matches("\\d+") && size >= 18) {
                    numbers.add(word);
                }
            });
        }
        List<String> expected = procedure(file).nodesInOrder().stream()
                .map(n -> String.valueOf(n.number()))
                .toList();
        assertTrue(numbers.containsAll(expected), "step numbers of 18 pt or more in the map: " + numbers);
    }

    @org.junit.jupiter.api.Test
    void theSeedsMapReadsOuiNonAndTheEscalationNumber() throws IOException {
        String text = String.join(" ", chartRuns(SEED).stream().map(Run::text).toList());
        assertTrue(text.contains("Oui") && text.contains("Non"), text);
        assertTrue(
                text.replace(" ", "")
                        .contains(procedure(SEED).primaryContact().phone().replace(" ", "")),
                text);
        assertFalse(text.contains("connecté"), "the map carries numbers, not titles: " + text);
    }

    @org.junit.jupiter.api.Test
    void theSheetHasNoMapItIsOnThePoster() throws IOException {
        String text = String.join(" ", pageTexts(bytes(SEED, "tutorial.pdf")));
        assertFalse(text.contains(context(SEED).messages().get("sheet.flowchart.hint")), text);
        Element note = tutorial(SEED).expectFirst("#flowchart .poster-note a");
        assertEquals("poster.pdf", note.attr("href"));
    }

    // --- tutorial.html -----------------------------------------------------------------------

    static Document tutorial(String file) throws IOException {
        return Jsoup.parse(new String(bytes(file, "tutorial.html"), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("procedures")
    void theTutorialHasOneEntryPerNodeUnderItsStepNumber(String file) throws IOException {
        Procedure p = procedure(file);
        Elements entries = tutorial(file).select("main article[data-node]");
        assertEquals(p.nodes().size(), entries.size());
        int i = 0;
        for (Node node : p.nodesInOrder()) {
            Element entry = entries.get(i++);
            assertEquals(node.id(), entry.attr("data-node"));
            assertEquals(node.typeName(), entry.attr("data-type"));
            assertEquals(String.valueOf(node.number()), entry.attr("data-step"));
            assertEquals(
                    String.valueOf(node.number()), entry.expectFirst(".num .n").text());
        }
    }

    @ParameterizedTest
    @MethodSource("procedures")
    void eachAnswerSaysWhereItLeads(String file) throws IOException {
        Procedure p = procedure(file);
        Document doc = tutorial(file);
        for (Node node : p.nodesInOrder()) {
            Element entry = doc.expectFirst("article[data-node=" + node.id() + "]");
            Elements gotos = entry.select("a.goto");
            assertEquals(node.successors().size(), gotos.size(), node.id());
            for (int i = 0; i < gotos.size(); i++) {
                Node target = p.node(node.successors().get(i));
                Element link = gotos.get(i);
                assertEquals("#" + target.id(), link.attr("href"));
                assertEquals(String.valueOf(target.number()), link.attr("data-step"));
                assertTrue(link.text().endsWith(" " + target.number()), link.text());
            }
            if (node instanceof Question q) {
                Elements answers = entry.select("ul.answers > li");
                for (int i = 0; i < q.choices().size(); i++) {
                    assertEquals(
                            normalised(context(file)
                                    .markdown()
                                    .plain(q.choices().get(i).label())),
                            normalised(answers.get(i).expectFirst(".answer").text()));
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aQuestionReadsLikeNonArrowStepN() throws IOException {
        Element answer = tutorial(SEED).expectFirst("article[data-node=verifier-mail] ul.answers > li");
        assertEquals("Non, il se trompe de mail → étape 2", answer.text());
    }

    @org.junit.jupiter.api.Test
    void aWaitSaysWhenTheNextUpdateHappens() throws IOException {
        Document doc = tutorial(SEED);
        for (Node node : procedure(SEED).nodesInOrder()) {
            if (node instanceof Wait) {
                assertTrue(doc.expectFirst("article[data-node=" + node.id() + "] .slots")
                        .text()
                        .contains("hh:00, hh:15, hh:30, hh:45"));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void boldLabelsStayBold() throws IOException {
        Elements bold = tutorial(SEED).select("article strong");
        assertTrue(bold.eachText().contains("Recevoir le code"));
        assertTrue(bold.eachText().contains("Personnes et fonctions"));
    }

    @ParameterizedTest
    @MethodSource("procedures")
    void theTutorialIsWellFormedXml(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(file, "tutorial.html")));
    }

    @ParameterizedTest
    @MethodSource("procedures")
    void aQrCodeLeadsToTheSiteWhenItHasAnUrl(String file) throws IOException {
        Procedure p = procedure(file);
        Elements qr = tutorial(file).select("header .qr img[src^=data:image/png;base64,]");
        assertEquals(p.siteUrl().isPresent() ? 1 : 0, qr.size());
    }

    // --- flowchart.svg -----------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("procedures")
    void theFlowchartHasOneElementPerNodeWithItsTitleAsText(String file) throws Exception {
        byte[] svg = bytes(file, "flowchart.svg");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)); // well-formed
        Document doc = Jsoup.parse(new String(svg, StandardCharsets.UTF_8), Parser.xmlParser());
        Element root = doc.expectFirst("svg");
        assertEquals("img", root.attr("role"));
        assertFalse(root.attr("aria-label").isBlank());
        assertFalse(root.expectFirst("title").text().isBlank());
        RenderContext context = context(file);
        Procedure p = context.procedure();
        assertEquals(p.nodes().size(), doc.select("[data-node]").size());
        for (Node node : p.nodesInOrder()) {
            Element group = doc.expectFirst("[data-node=" + node.id() + "]");
            String text = normalised(String.join(" ", group.select("text").eachText()));
            assertTrue(
                    text.startsWith(
                            node.number() + ". " + normalised(context.markdown().plain(node.title()))),
                    text);
        }
        assertEquals(
                p.nodes().values().stream().mapToInt(n -> n.successors().size()).sum(),
                doc.select("g.edge").size());
    }

    @org.junit.jupiter.api.Test
    void theTutorialShowsTheSameFlowchart() throws IOException {
        Document doc = tutorial(SEED);
        assertEquals(
                procedure(SEED).nodes().size(),
                doc.select("#flowchart svg [data-node]").size());
    }

    @ParameterizedTest
    @MethodSource("procedures")
    void theTutorialsMapShowsEachStepNumberWithItsTitleAsTooltip(String file) throws IOException {
        RenderContext context = context(file);
        Document doc = tutorial(file);
        for (Node node : context.procedure().nodesInOrder()) {
            Element group = doc.expectFirst("#flowchart svg [data-node=" + node.id() + "]");
            Element number = group.expectFirst("text");
            assertEquals(String.valueOf(node.number()), number.ownText().strip(), node.id());
            assertEquals(
                    normalised(node.number() + ". " + context.markdown().plain(node.title())),
                    normalised(group.expectFirst("title").text()));
        }
    }

    @org.junit.jupiter.api.Test
    void boxesAreWideEnoughForTheirText() throws IOException {
        MarkdownText md = new MarkdownText();
        TextWidths regular = TextWidths.load(SheetFonts.REGULAR);
        Flowchart chart = new FlowchartLayout(regular, TextWidths.load(SheetFonts.BOLD), md).layout(procedure(SEED));
        for (Flowchart.Box box : chart.boxes()) {
            for (String line : box.lines()) {
                assertTrue(regular.width(line, FlowchartLayout.FONT) + 2 * FlowchartLayout.PAD <= box.width(), line);
            }
            assertTrue(box.lines().size() * FlowchartLayout.LINE <= box.height(), box.id());
        }
    }
}
