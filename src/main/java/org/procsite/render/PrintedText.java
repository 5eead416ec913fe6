package org.procsite.render;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The sizes of the text a PDF draws, read back from the PDF itself (PDFBox text positions), in
 * pt: what a reader of the printed page gets. {@code glyphs} counts, for each size (rounded to a
 * tenth of a point), the visible glyphs drawn at it; the body size is the one most text is set in.
 */
public record PrintedText(int pages, Map<Float, Integer> glyphs) {

    public PrintedText {
        glyphs = Map.copyOf(new TreeMap<>(glyphs));
    }

    /** The text sizes of {@code pdf}. */
    public static PrintedText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<Float, Integer> glyphs = new TreeMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    String u = text.getUnicode();
                    if (u != null && !u.isBlank()) {
                        glyphs.merge(size(text), u.codePointCount(0, u.length()), Integer::sum);
                    }
                }
            };
            stripper.getText(document);
            return new PrintedText(document.getNumberOfPages(), glyphs);
        }
    }

    /** The size at which {@code glyph} is drawn, in pt, to a tenth of a point. */
    public static float size(TextPosition glyph) {
        return BigDecimal.valueOf(glyph.getTextMatrix().getScalingFactorY())
                .setScale(1, RoundingMode.HALF_EVEN)
                .floatValue();
    }

    /** The smallest size of any text drawn. */
    public float smallest() {
        return new TreeMap<>(glyphs).firstKey();
    }

    /** The size the most glyphs are drawn at: the body text's. */
    public float body() {
        return glyphs.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    }

    /** Every size drawn, smallest first. */
    public List<Float> sizes() {
        return List.copyOf(new TreeMap<>(glyphs).keySet());
    }

    /** {@code 12 pt}, {@code 13.5 pt}: a size as {@code build} says it. */
    public static String pt(float size) {
        return BigDecimal.valueOf(size)
                        .setScale(1, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros()
                        .toPlainString() + " pt";
    }
}
