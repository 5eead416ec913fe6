package org.procsite.render.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The list of characters that {@code check} knows the sheet can print (W008) is the one the
 * sheet's fonts really cover: every code point that all four DejaVu faces map to a glyph.
 * Regenerate it with {@code mvn test -Dtest=SheetFontCoverageTest -Dprocsite.regenerate=true}.
 */
class SheetFontCoverageTest {

    private static final Path LIST = Path.of("src/main/resources/org/procsite/check/sheet-font-coverage.txt");

    @Test
    void theCheckersListIsTheFontsCoverage() throws IOException {
        String expected = ranges(coveredByEveryFace());
        if (Boolean.getBoolean("procsite.regenerate")) {
            Files.writeString(LIST, expected, StandardCharsets.US_ASCII);
        }
        assertEquals(
                expected,
                Files.readString(LIST, StandardCharsets.US_ASCII),
                LIST + " is out of step with the fonts; regenerate it (see this test's Javadoc)");
    }

    private static BitSet coveredByEveryFace() throws IOException {
        BitSet all = null;
        for (String face : SheetFonts.ALL) {
            BitSet covered = new BitSet();
            try (InputStream in = SheetFonts.open(face);
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                for (int cp = 0x20; cp <= 0x10FFFF; cp++) {
                    if (cmap.getGlyphId(cp) != 0) {
                        covered.set(cp);
                    }
                }
            }
            if (all == null) {
                all = covered;
            } else {
                all.and(covered);
            }
        }
        return all;
    }

    private static String ranges(BitSet covered) {
        StringBuilder s = new StringBuilder(
                "# Code points that every face of the sheet's font (DejaVu Sans Condensed) can draw.\n"
                        + "# Made from the fonts by SheetFontCoverageTest; do not edit by hand.\n");
        for (int start = covered.nextSetBit(0); start >= 0; start = covered.nextSetBit(start)) {
            int end = covered.nextClearBit(start) - 1;
            s.append(String.format("%04X-%04X\n", start, end));
            start = end + 1;
        }
        return s.toString();
    }
}
