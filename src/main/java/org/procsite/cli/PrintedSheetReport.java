package org.procsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.DiagnosticFormatter;
import org.procsite.model.SourcePos;
import org.procsite.pipeline.Compilation;
import org.procsite.render.PrintedPages;
import org.procsite.render.PrintedText;
import org.procsite.render.SiteFile;

/**
 * What {@code build} says about the printed pages: the tutorial's number of pages and its
 * smallest text, the poster's smallest text (sizes read back from the PDFs), and W006 when the
 * tutorial no longer fits on one A4 sheet printed recto-verso, which the proctors expect on the wall.
 */
final class PrintedSheetReport {

    static final String PDF = "tutorial.pdf";

    private PrintedSheetReport() {}

    /**
     * {@code tutorial.pdf: 2 pages, one A4 sheet printed recto-verso, smallest text 9 pt; poster.pdf:
     * smallest text 14 pt} on {@code out}; the warning on {@code err}.
     */
    static void print(Compilation c, SiteFile pdf, SiteFile poster, PrintWriter out, PrintWriter err)
            throws IOException {
        if (pdf == null) {
            return;
        }
        PrintedText sheet = PrintedText.of(pdf.bytes());
        PrintedPages printed = new PrintedPages(sheet.pages());
        String line = line(pdf.name(), printed) + ", smallest text " + PrintedText.pt(sheet.smallest());
        if (poster != null) {
            line += "; " + poster.name() + ": smallest text "
                    + PrintedText.pt(PrintedText.of(poster.bytes()).smallest());
        }
        out.println(line);
        out.flush();
        if (!printed.fitsOneSheet()) {
            err.print(DiagnosticFormatter.format(warning(c, printed)));
            err.flush();
        }
    }

    static String line(PrintedPages printed) {
        return line(PDF, printed);
    }

    /** {@code connexion/tutorial.pdf: 2 pages, ...}: the PDF as named in the site. */
    static String line(String name, PrintedPages printed) {
        return name + ": " + Summary.plural(printed.pages(), "page") + ", "
                + (printed.sheets() == 1 ? "one A4 sheet" : printed.sheets() + " A4 sheets") + " printed recto-verso";
    }

    /** W006, at the {@code nodes:} key: the nodes are what made the sheet grow. */
    static Diagnostic warning(Compilation c, PrintedPages printed) {
        SourcePos at = c.loaded().draft().map(d -> d.keys().get("nodes")).orElse(SourcePos.START);
        return new Diagnostic(
                c.source(),
                Code.SHEET_OVER_ONE_SHEET,
                at == null ? SourcePos.START : at,
                PDF + " has " + printed.pages() + " pages: it no longer fits on one A4 sheet printed recto-verso ("
                        + PrintedPages.PAGES_PER_SHEET + " pages)",
                Optional.of("shorten texts and checklists, or keep it and tell the proctors to print "
                        + printed.sheets() + " sheets; the README says how to print"));
    }
}
