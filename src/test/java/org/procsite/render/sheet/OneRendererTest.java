package org.procsite.render.sheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The PDF is laid out twice (once to find where the text ends, once with the flowchart) by one
 * renderer, which keeps the first layout's fonts and styles: the PDF must be the very one that
 * a fresh renderer makes of the final page.
 */
class OneRendererTest {

    static final LocalDate UPDATED = LocalDate.of(2026, 11, 24);

    static String page(String flowchartClass, String slot) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title><style>"
                + "@page { size: A4; margin: 11mm } body { font-family: 'DejaVu Sans Condensed'; font-size: 10pt }"
                + ".big { height: 200mm } .new-page { page-break-before: always } .box { border: 1px solid #333; height: 30mm }"
                + "</style></head><body><h1>Title</h1><p class=\"big\">Text, then the chart.</p>"
                + "<section class=\"" + flowchartClass + "\"><h2>Chart</h2><div class=\"chart\">" + slot
                + "</div></section>"
                + "</body></html>";
    }

    static final String PROBE = page("chart-section", "<div id=\"slot\"></div>");

    @Test
    void theChartSwappedInGivesTheBytesOfAFreshRenderer() throws Exception {
        String printed = page("chart-section", "<div class=\"box\"><p>1 → 2</p></div>");
        TutorialPdf.Measured made = TutorialPdf.measureAndRender(PROBE, "slot", slot -> printed, UPDATED);
        assertEquals(printed, made.xhtml());
        assertEquals(1, made.slot().page());
        assertTrue(
                made.slot().roomBelowPt() > 0
                        && made.slot().roomBelowPt() < made.slot().pageContentHeightPt(),
                made.slot().toString());
        assertArrayEquals(TutorialPdf.render(printed, UPDATED), made.pdf());
    }

    @Test
    void aChartMovedToANewPageGivesTheBytesOfAFreshRendererToo() throws Exception {
        String printed = page("chart-section new-page", "<div class=\"box\"><p>1 → 2</p></div>");
        TutorialPdf.Measured made = TutorialPdf.measureAndRender(PROBE, "slot", slot -> printed, UPDATED);
        assertArrayEquals(TutorialPdf.render(printed, UPDATED), made.pdf());
    }

    @Test
    void aPageThatDiffersElsewhereGetsAFreshRenderer() throws Exception {
        String printed =
                page("chart-section", "<div class=\"box\">chart</div>").replace("<title>t</title>", "<title>u</title>");
        TutorialPdf.Measured made = TutorialPdf.measureAndRender(PROBE, "slot", slot -> printed, UPDATED);
        assertArrayEquals(TutorialPdf.render(printed, UPDATED), made.pdf());
    }

    static Element parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(xhtml)))
                .getDocumentElement();
    }

    @Test
    void theChangeIsTheDeepestElementHoldingEveryDifference() throws Exception {
        MarkupDiff.Change slotOnly =
                MarkupDiff.onlyChange(parse(PROBE), parse(page("chart-section", "<div class=\"box\">x</div>")));
        assertEquals("slot", slotOnly.from().getAttribute("id"));
        assertEquals("box", slotOnly.to().getAttribute("class"));

        MarkupDiff.Change section = MarkupDiff.onlyChange(
                parse(PROBE), parse(page("chart-section new-page", "<div class=\"box\">x</div>")));
        assertEquals("section", section.from().getTagName());

        MarkupDiff.Change twoPlaces = MarkupDiff.onlyChange(
                parse(PROBE), parse(page("chart-section", "<span>x</span>").replace("Title", "Other")));
        assertEquals("body", twoPlaces.from().getTagName());

        MarkupDiff.Change otherName =
                MarkupDiff.onlyChange(parse(PROBE), parse(page("chart-section", "<span>x</span>")));
        assertEquals("div", otherName.from().getTagName(), "the parent that holds an element of another name");
        assertEquals("chart", otherName.from().getAttribute("class"));

        assertNull(MarkupDiff.onlyChange(parse(PROBE), parse(PROBE)));
    }
}
