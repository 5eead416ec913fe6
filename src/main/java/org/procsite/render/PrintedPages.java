package org.procsite.render;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * How many pages the PDF has, read from the PDF itself, and how many sheets of paper they take
 * printed recto-verso. The sheet is meant for one sheet: two pages.
 */
public record PrintedPages(int pages) {

    /** One sheet of paper, printed on both sides. */
    public static final int PAGES_PER_SHEET = 2;

    public PrintedPages {
        if (pages < 1) {
            throw new IllegalArgumentException("a PDF has at least one page: " + pages);
        }
    }

    /** The page count of {@code pdf}, as a PDF reader counts it. */
    public static PrintedPages of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PrintedPages(document.getNumberOfPages());
        }
    }

    /** Sheets of paper, printed recto-verso. */
    public int sheets() {
        return (pages + PAGES_PER_SHEET - 1) / PAGES_PER_SHEET;
    }

    public boolean fitsOneSheet() {
        return pages <= PAGES_PER_SHEET;
    }
}
