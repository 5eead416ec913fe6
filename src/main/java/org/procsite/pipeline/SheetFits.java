package org.procsite.pipeline;

import java.util.Optional;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.render.PrintedPages;

/**
 * W006: the printed tutorial no longer fits on one A4 sheet printed recto-verso, which the
 * proctors expect on the wall. Only a build knows it: from the page count of the PDF it made.
 */
final class SheetFits {

    /** The PDF, as named in a procedure's folder. */
    static final String PDF = "tutorial.pdf";

    private SheetFits() {}

    /** W006, at the {@code nodes:} key: the nodes are what made the sheet grow. */
    static Diagnostic warning(Compilation c, PrintedPages printed) {
        return new Diagnostic(
                c.source(),
                Code.SHEET_OVER_ONE_SHEET,
                c.procedure().orElseThrow().positions().nodes(),
                PDF + " has " + printed.pages() + " pages: it no longer fits on one A4 sheet printed recto-verso ("
                        + PrintedPages.PAGES_PER_SHEET + " pages)",
                Optional.of("shorten texts and checklists, or keep it and tell the proctors to print "
                        + printed.sheets() + " sheets; the README says how to print"));
    }
}
