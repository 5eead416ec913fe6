package org.procsite.render.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.procsite.model.Node;
import org.procsite.model.Procedure;
import org.procsite.render.MarkdownText;
import org.procsite.render.PrintedText;

/**
 * The print gate: the sizes a reader gets, read back from the PDFs (PDFBox text positions), for
 * the seed and every frozen procedure. The A4 sheet: body text 12 pt or more, nothing under 9 pt,
 * step titles larger than the body, the number to call at 16 pt or more on every page. The A3
 * poster: one page of 842 × 1191 pt, every text 14 pt or more, the number to call 36 pt or more,
 * every step's number and title, the version and the date.
 */
class PrintGateTest {

    /** A procedure's site, and where its pages sit in it ({@code ""}, or its folder in a site of several). */
    record Printed(String site, String folder, String yaml) {
        byte[] pdf(String name) throws IOException {
            return Fixtures.bytes(site, folder + name);
        }

        @Override
        public String toString() {
            return folder.isEmpty() ? site : site + " " + folder;
        }
    }

    static Stream<Printed> procedures() {
        return Stream.of(
                new Printed(Fixtures.SEED, "", Fixtures.SEED),
                new Printed(Fixtures.LAB, "", Fixtures.LAB),
                new Printed(Fixtures.ODD, "", Fixtures.ODD),
                new Printed(Fixtures.SEVERAL, "connexion/", Fixtures.SEVERAL + "/connexion.yaml"),
                new Printed(Fixtures.SEVERAL, "lab-login/", Fixtures.SEVERAL + "/lab-login.yaml"),
                new Printed(Fixtures.SEVERAL, "tablette/", Fixtures.SEVERAL + "/tablette.yaml"));
    }

    /** One glyph drawn: its character, its size in pt, where it starts and ends across the page. */
    record Glyph(char c, float size, float x, float right) {}

    /** The glyphs of one page, in reading order (by position), one list per run of text; spaces as ' ' of size 0. */
    static List<List<Glyph>> lines(byte[] pdf, int page) throws IOException {
        return lines(pdf, page, true);
    }

    /** @param byPosition reading order by position, else drawing order (a column at a time) */
    static List<List<Glyph>> lines(byte[] pdf, int page, boolean byPosition) throws IOException {
        List<List<Glyph>> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    List<Glyph> line = new ArrayList<>();
                    for (TextPosition p : positions) {
                        String u = Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFKC);
                        for (char c : u.toCharArray()) {
                            boolean space = Character.isWhitespace(c) || c == '\u00A0';
                            line.add(new Glyph(
                                    space ? ' ' : c,
                                    space ? 0 : PrintedText.size(p),
                                    p.getXDirAdj(),
                                    p.getXDirAdj() + p.getWidthDirAdj()));
                        }
                    }
                    lines.add(line);
                }
            };
            stripper.setSortByPosition(byPosition);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
        }
        return lines;
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    static String squeezed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0]+", "");
    }

    /** The sizes of the glyphs of every place {@code text} (spaces aside) is drawn on the page, each place's smallest. */
    static List<Float> sizesOf(List<List<Glyph>> lines, String text) {
        String wanted = squeezed(text);
        List<Float> found = new ArrayList<>();
        for (List<Glyph> line : lines) {
            List<Glyph> visible = line.stream().filter(g -> g.c() != ' ').toList();
            StringBuilder s = new StringBuilder();
            visible.forEach(g -> s.append(g.c()));
            for (int at = s.indexOf(wanted); at >= 0; at = s.indexOf(wanted, at + 1)) {
                float min = Float.MAX_VALUE;
                for (int i = at; i < at + wanted.length(); i++) {
                    min = Math.min(min, visible.get(i).size());
                }
                found.add(min);
            }
        }
        return found;
    }

    /** Each whole number drawn at {@code size} or more: digits between non-digits, spaces, a change of size or a gap. */
    static List<String> numbersAtLeast(List<List<Glyph>> lines, float size) {
        List<String> numbers = new ArrayList<>();
        for (List<Glyph> line : lines) {
            StringBuilder digits = new StringBuilder();
            float at = -1;
            float end = 0;
            for (Glyph g : line) {
                boolean digit = Character.isDigit(g.c());
                if (digits.length() > 0 && (!digit || g.size() != at || Math.abs(g.x() - end) > at / 4)) {
                    if (at >= size) {
                        numbers.add(digits.toString());
                    }
                    digits.setLength(0);
                }
                if (digit) {
                    digits.append(g.c());
                    at = g.size();
                    end = g.right();
                }
            }
            if (digits.length() > 0 && at >= size) {
                numbers.add(digits.toString());
            }
        }
        return numbers;
    }

    /** The text of the poster's column of steps, in reading order: right of where its heading starts. */
    static String stepsColumn(byte[] pdf, String lang) throws IOException {
        String heading = squeezed(org.procsite.render.Messages.load(
                        org.procsite.render.Templates.from(java.util.Optional.of(java.nio.file.Path.of("templates"))),
                        lang)
                .get("poster.steps"));
        float left = Float.NaN;
        for (List<Glyph> line : lines(pdf, 1)) {
            List<Glyph> visible = line.stream().filter(g -> g.c() != ' ').toList();
            StringBuilder s = new StringBuilder();
            visible.forEach(g -> s.append(g.c()));
            int at = s.indexOf(heading);
            if (at >= 0) {
                left = visible.get(at).x();
            }
        }
        assertTrue(!Float.isNaN(left), "no heading '" + heading + "'");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripperByArea area = new org.apache.pdfbox.text.PDFTextStripperByArea();
            area.setSortByPosition(true);
            PDPage page = doc.getPage(0);
            area.addRegion(
                    "steps",
                    new java.awt.geom.Rectangle2D.Float(
                            left - 1,
                            0,
                            page.getMediaBox().getWidth() - left + 1,
                            page.getMediaBox().getHeight()));
            area.extractRegions(page);
            return area.getTextForRegion("steps");
        }
    }

    // --- the A4 sheet ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedures")
    void theSheetsBodyIsTwelvePointsOrMoreAndNoTextIsUnderNine(Printed printed) throws IOException {
        PrintedText sizes = TextPositionSizes.of(printed.pdf("tutorial.pdf"));
        assertTrue(sizes.body() >= 12, "body text at " + sizes.body() + " pt; sizes " + sizes.glyphs());
        assertTrue(sizes.smallest() >= 9, "a text at " + sizes.smallest() + " pt; sizes " + sizes.glyphs());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedures")
    void theSheetsStepTitlesAreLargerThanItsBody(Printed printed) throws IOException {
        byte[] pdf = printed.pdf("tutorial.pdf");
        float body = TextPositionSizes.of(pdf).body();
        List<List<Glyph>> lines = new ArrayList<>();
        for (int page = 1; page <= pages(pdf); page++) {
            lines.addAll(lines(pdf, page));
        }
        MarkdownText md = new MarkdownText();
        for (Node node : Fixtures.procedureOf(printed.yaml()).nodesInOrder()) {
            String title = md.plain(node.title()).strip();
            String start = title.substring(0, Math.min(12, title.length()));
            List<Float> sizes = sizesOf(lines, start);
            assertTrue(
                    sizes.stream().anyMatch(s -> s > body),
                    node.id() + ": '" + start + "' at " + sizes + " pt, body " + body + " pt");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedures")
    void theSheetGivesTheNumberToCallAtSixteenPointsOrMoreOnEveryPage(Printed printed) throws IOException {
        byte[] pdf = printed.pdf("tutorial.pdf");
        String phone = Fixtures.procedureOf(printed.yaml()).primaryContact().phone();
        for (int page = 1; page <= pages(pdf); page++) {
            List<Float> sizes = sizesOf(lines(pdf, page), phone);
            assertTrue(sizes.stream().anyMatch(s -> s >= 16), "page " + page + ": " + phone + " at " + sizes + " pt");
        }
    }

    /** What build says is what the text positions say: the same sizes, counted the same. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("procedures")
    void buildsQuickReadingGivesTheSizesOfTheTextPositions(Printed printed) throws IOException {
        for (String name : List.of("tutorial.pdf", "poster.pdf")) {
            byte[] pdf = printed.pdf(name);
            assertEquals(TextPositionSizes.of(pdf), PrintedText.of(pdf), name);
        }
    }

    @Test
    void theSeedsSheetIsStillOneSheetRectoVerso() throws IOException {
        assertTrue(pages(Fixtures.bytes(Fixtures.SEED, "tutorial.pdf")) <= 2);
    }

    // --- the A3 poster --------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedures")
    void thePosterIsOneA3Page(Printed printed) throws IOException {
        try (PDDocument doc = Loader.loadPDF(printed.pdf("poster.pdf"))) {
            assertEquals(1, doc.getNumberOfPages(), "pages");
            PDPage page = doc.getPage(0);
            assertEquals(842, page.getMediaBox().getWidth(), 1, "width");
            assertEquals(1191, page.getMediaBox().getHeight(), 1, "height");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedures")
    void everyTextOfThePosterIsFourteenPointsOrMore(Printed printed) throws IOException {
        PrintedText sizes = TextPositionSizes.of(printed.pdf("poster.pdf"));
        assertTrue(sizes.smallest() >= 14, "a text at " + sizes.smallest() + " pt; sizes " + sizes.glyphs());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedures")
    void thePosterGivesTheNumberToCallAtThirtySixPointsOrMore(Printed printed) throws IOException {
        String phone = Fixtures.procedureOf(printed.yaml()).primaryContact().phone();
        List<Float> sizes = sizesOf(lines(printed.pdf("poster.pdf"), 1), phone);
        assertTrue(sizes.stream().anyMatch(s -> s >= 36), phone + " at " + sizes + " pt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("procedures")
    void thePosterHasEveryStepsNumberAndTitleTheVersionAndTheDate(Printed printed) throws IOException {
        Procedure procedure = Fixtures.procedureOf(printed.yaml());
        List<List<Glyph>> lines = lines(printed.pdf("poster.pdf"), 1);
        StringBuilder all = new StringBuilder();
        for (List<Glyph> line : lines(printed.pdf("poster.pdf"), 1, false)) {
            line.stream().filter(g -> g.c() != ' ').forEach(g -> all.append(g.c()));
        }
        String list = squeezed(stepsColumn(
                printed.pdf("poster.pdf"), Fixtures.procedureOf(printed.yaml()).lang()));
        List<String> large = numbersAtLeast(lines, 18);
        MarkdownText md = new MarkdownText();
        for (Node node : procedure.nodesInOrder()) {
            String title = squeezed(md.plain(node.title()));
            assertTrue(list.contains(title), "no title '" + title + "' in the list of steps: " + list);
            // The number in the map's box and in the list of steps: twice, at 18 pt or more.
            String number = String.valueOf(node.number());
            assertTrue(
                    large.stream().filter(number::equals).count() >= 2,
                    "step " + number + " is not drawn twice at 18 pt or more (map and list): " + large);
        }
        assertTrue(all.indexOf(squeezed(procedure.version())) >= 0, "no version");
        String date = squeezed(org.procsite.render.RenderContext.of(
                        procedure,
                        org.procsite.render.Templates.from(java.util.Optional.of(java.nio.file.Path.of("templates"))))
                .view()
                .updated());
        assertTrue(all.indexOf(date) >= 0, "no date " + date);
    }
}
