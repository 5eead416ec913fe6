package org.procsite.render;

/**
 * How many pages the PDF has, read from the PDF itself ({@link PrintedText}), and how many sheets
 * of paper they take printed recto-verso. The sheet is meant for one sheet: two pages.
 */
public record PrintedPages(int pages) {

    /** One sheet of paper, printed on both sides. */
    public static final int PAGES_PER_SHEET = 2;

    public PrintedPages {
        if (pages < 1) {
            throw new IllegalArgumentException("a PDF has at least one page: " + pages);
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
