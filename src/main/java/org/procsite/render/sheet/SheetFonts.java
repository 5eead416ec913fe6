package org.procsite.render.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DejaVu fonts of the printed sheet, from the {@code net.sf.jasperreports:jasperreports-fonts}
 * artifact: one family for the PDF, the flowchart's text measurements and the HTML's first
 * choice, so a box measured here fits its text in every output.
 */
final class SheetFonts {

    static final String FAMILY = "DejaVu Sans Condensed";
    static final String REGULAR = "DejaVuSansCondensed.ttf";
    static final String BOLD = "DejaVuSansCondensed-Bold.ttf";
    static final String OBLIQUE = "DejaVuSansCondensed-Oblique.ttf";
    static final String BOLD_OBLIQUE = "DejaVuSansCondensed-BoldOblique.ttf";
    static final List<String> ALL = List.of(REGULAR, BOLD, OBLIQUE, BOLD_OBLIQUE);

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    /** The PDF's fonts, read once per process: they are constants, like the jar they come from. */
    private static final Map<String, byte[]> FOR_PDF = new ConcurrentHashMap<>();

    private SheetFonts() {}

    /**
     * The font as the PDF embeds it: without its glyph substitution table (GSUB), so PDFBox draws
     * "fi" and "ff" as two letters, not as the ligature glyphs that the font maps back to U+FB01
     * and U+FB00: text copied, searched or read aloud from the PDF then has the letters
     * themselves. The layout measures letters one by one anyway, so no line changes.
     */
    static InputStream openForPdf(String file) {
        return new ByteArrayInputStream(FOR_PDF.computeIfAbsent(file, SheetFonts::withoutLigatures));
    }

    private static byte[] withoutLigatures(String file) {
        try (InputStream in = open(file)) {
            return SfntTables.without(in.readAllBytes(), "GSUB");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh stream on one font file; the caller closes it. */
    static InputStream open(String file) {
        InputStream in = SheetFonts.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException(
                    "font " + FOLDER + file + " is not on the class path (net.sf.jasperreports:jasperreports-fonts)"));
        }
        return in;
    }
}
