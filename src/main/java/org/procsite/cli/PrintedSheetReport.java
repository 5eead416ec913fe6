package org.procsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.procsite.diag.DiagnosticFormatter;
import org.procsite.pipeline.ProcedureBuild;
import org.procsite.render.PrintedPages;
import org.procsite.render.PrintedText;
import org.procsite.render.SiteFile;
import org.procsite.render.SiteRenderer;

/**
 * What {@code build} says about the printed pages: the tutorial's number of pages (counted once,
 * by the build) and its smallest text, the poster's smallest text (sizes read back from the PDFs),
 * and W006, the build's, when the tutorial no longer fits on one A4 sheet printed recto-verso.
 */
final class PrintedSheetReport {

    private PrintedSheetReport() {}

    /**
     * {@code tutorial.pdf: 2 pages, one A4 sheet printed recto-verso, smallest text 9 pt; poster.pdf:
     * smallest text 14 pt} on {@code out}; what the pages told (W006) on {@code err}.
     */
    static void print(ProcedureBuild built, PrintWriter out, PrintWriter err) throws IOException {
        SiteFile pdf = built.files().get(built.place().nameInSite(SiteRenderer.PDF));
        if (pdf == null || built.printed().isEmpty()) {
            return;
        }
        SiteFile poster = built.files().get(built.place().nameInSite(SiteRenderer.POSTER));
        String line = line(pdf.name(), built.printed().get()) + ", smallest text "
                + PrintedText.pt(PrintedText.of(pdf.bytes()).smallest());
        if (poster != null) {
            line += "; " + poster.name() + ": smallest text "
                    + PrintedText.pt(PrintedText.of(poster.bytes()).smallest());
        }
        out.println(line);
        out.flush();
        built.late().forEach(d -> err.print(DiagnosticFormatter.format(d)));
        err.flush();
    }

    /** {@code connexion/tutorial.pdf: 2 pages, ...}: the PDF as named in the site. */
    static String line(String name, PrintedPages printed) {
        return name + ": " + Summary.plural(printed.pages(), "page") + ", "
                + (printed.sheets() == 1 ? "one A4 sheet" : printed.sheets() + " A4 sheets") + " printed recto-verso";
    }
}
