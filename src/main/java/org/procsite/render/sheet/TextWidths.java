package org.procsite.render.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Text widths from a TrueType font's advance widths (no kerning, which DejaVu barely uses), so
 * flowchart boxes are sized for their text without AWT. Immutable after construction.
 */
final class TextWidths {

    private final float[] advance; // per BMP code point, in em; NaN where not yet looked up
    private final float fallback;

    private TextWidths(float[] advance, float fallback) {
        this.advance = advance;
        this.fallback = fallback;
    }

    static TextWidths load(String fontFile) throws IOException {
        try (InputStream in = SheetFonts.open(fontFile);
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            float unitsPerEm = ttf.getUnitsPerEm();
            // Latin, Latin-1, Latin Extended-A, punctuation, arrows, symbols: what procedures use.
            float[] advance = new float[0x2700];
            for (int cp = 0x20; cp < advance.length; cp++) {
                int gid = cmap.getGlyphId(cp);
                advance[cp] = gid == 0 ? Float.NaN : ttf.getAdvanceWidth(gid) / unitsPerEm;
            }
            return new TextWidths(advance, ttf.getAdvanceWidth(cmap.getGlyphId('M')) / unitsPerEm);
        }
    }

    /** The width of {@code text} at {@code size} (same unit as the size). */
    double width(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            float a = cp < advance.length ? advance[cp] : Float.NaN;
            em += Float.isNaN(a) ? fallback : a;
        }
        return em * size;
    }

    /**
     * Greedy word wrap: lines no wider than {@code maxWidth}, except a single word longer than
     * that, which keeps a line of its own.
     */
    List<String> wrap(String text, double size, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : keepPunctuationAttached(text).strip().split("[ \\t\\r\\n]+")) {
            if (line.length() == 0) {
                line.append(word);
            } else if (width(line + " " + word, size) <= maxWidth) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** French spacing: no line starts with "?", ":" or "»", none ends with "«". */
    static String keepPunctuationAttached(String text) {
        return text.replaceAll(" ([?!:;»])", "\u00A0$1").replace("« ", "«\u00A0");
    }
}
