package org.procsite.render.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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

    private SheetFonts() {}

    /** A fresh stream on one font file; the caller closes it. */
    static InputStream open(String file) {
        InputStream in = SheetFonts.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("font " + FOLDER + file
                    + " is not on the class path (net.sf.jasperreports:jasperreports-fonts)"));
        }
        return in;
    }
}
