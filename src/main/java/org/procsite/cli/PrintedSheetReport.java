package org.procsite.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.procsite.diag.DiagnosticFormatter;
import org.procsite.pipeline.ProcedureBuild;
import org.procsite.render.PrintedPages;
import org.procsite.render.PrintedText;
import org.procsite.render.SiteRenderer;

/**
 * What {@code build} says about the printed pages: the tutorial's number of pages and its smallest
 * text, the poster's smallest text (read back from the PDFs once, by the build),
 * and W006, the build's, when the tutorial no longer fits on one A4 sheet printed recto-verso.
 */
final class PrintedSheetReport {

    private PrintedSheetReport() {}

    /**
     * {@code tutorial.pdf: 2 pages, one A4 sheet printed recto-verso, smallest text 9 pt; poster.pdf:
     * smallest text 14 pt} on {@code out}; what the pages told (W006) on {@code err}.
     */
    static void print(ProcedureBuild built, PrintWriter out, PrintWriter err) {
        Optional<PrintedText> pdf = built.printedText(SiteRenderer.PDF);
        if (pdf.isEmpty()) {
            return;
        }
        String line = line(
                        built.place().nameInSite(SiteRenderer.PDF),
                        new PrintedPages(pdf.get().pages())) + ", smallest text "
                + PrintedText.pt(pdf.get().smallest());
        Optional<PrintedText> poster = built.printedText(SiteRenderer.POSTER);
        if (poster.isPresent()) {
            line += "; " + built.place().nameInSite(SiteRenderer.POSTER) + ": smallest text "
                    + PrintedText.pt(poster.get().smallest());
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
