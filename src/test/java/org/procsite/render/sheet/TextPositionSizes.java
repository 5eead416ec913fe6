package org.procsite.render.sheet;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.procsite.render.PrintedText;

/**
 * The text sizes of a PDF as PDFBox's text extraction gives them (one {@link TextPosition} per
 * glyph): the reference the print gate reads, and against which {@link PrintedText}, the faster
 * reading {@code build} uses for its summary, is checked.
 */
final class TextPositionSizes {

    private TextPositionSizes() {}

    /** For each size drawn (pt, to a tenth), how many visible glyphs (text positions) are drawn at it; and the page count. */
    static PrintedText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<Float, Integer> glyphs = new TreeMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    String u = text.getUnicode();
                    if (u != null && !u.isBlank() && !u.equals("\u00A0")) {
                        glyphs.merge(PrintedText.size(text), 1, Integer::sum);
                    }
                }
            };
            stripper.getText(document);
            return new PrintedText(document.getNumberOfPages(), glyphs);
        }
    }
}
