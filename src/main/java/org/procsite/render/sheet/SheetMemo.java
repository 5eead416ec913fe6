package org.procsite.render.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.procsite.model.Node;
import org.procsite.model.Procedure;
import org.procsite.render.MarkdownText;

/**
 * The last flowchart layout and the last PDF passes, each keyed by everything it is made from,
 * so the renderers of one build share one layout, and {@code serve} redoes neither while their
 * inputs stay the same. One memo lives as long as its {@link SheetRenderer}s: {@code build} makes
 * new ones every run, so a cold build does all the work. Thread-safe.
 */
final class SheetMemo {

    /**
     * Both charts of one procedure, under way: the sheet's compact map first, which the PDF
     * waits for, then the full chart of {@code flowchart.svg}, which only the pages need.
     */
    record Charts(CompletableFuture<Flowchart> sheet, CompletableFuture<Flowchart> full) {
        boolean failed() {
            return sheet.isCompletedExceptionally() || full.isCompletedExceptionally();
        }
    }

    private record LayoutEntry(List<Node> nodes, Charts charts) {}

    private record MeasureEntry(String probe, TutorialPdf.Slot slot) {}

    private record PdfEntry(String xhtml, LocalDate updated, byte[] pdf) {}

    private LayoutEntry layout; // guarded by this
    private MeasureEntry measure; // guarded by this: the poster's probe
    private PdfEntry poster; // guarded by this
    private PdfEntry sheet; // guarded by this

    /**
     * The charts of this procedure's nodes (their numbers, words and links are all the layout
     * reads) for a page this wide, started on a pool thread if not already made or under way.
     */
    synchronized Charts layout(Procedure procedure, double pageWidth, MarkdownText markdown) {
        List<Node> key = List.copyOf(procedure.nodesInOrder());
        if (layout != null && layout.nodes().equals(key) && !layout.charts().failed()) {
            return layout.charts();
        }
        FlowchartLayout flowchart = new FlowchartLayout(Widths.REGULAR, Widths.BOLD, markdown);
        CompletableFuture<Flowchart> sheet = CompletableFuture.supplyAsync(() -> flowchart.sheet(procedure, pageWidth));
        // On the same pool, after the compact map: one layout at a time, the one the poster needs first.
        CompletableFuture<Flowchart> full = sheet.thenApplyAsync(done -> flowchart.layout(procedure));
        layout = new LayoutEntry(key, new Charts(sheet, full));
        return layout.charts();
    }

    /** The PDF of {@code xhtml} (the A4 sheet), made again only if it changed since the last time. */
    byte[] pdf(String xhtml, LocalDate updated) throws IOException {
        synchronized (this) {
            if (sheet != null && sheet.xhtml().equals(xhtml) && sheet.updated().equals(updated)) {
                return sheet.pdf();
            }
        }
        byte[] bytes = TutorialPdf.render(xhtml, updated);
        synchronized (this) {
            sheet = new PdfEntry(xhtml, updated, bytes);
        }
        return bytes;
    }

    /**
     * The PDF of the page that {@code printed} makes once the slot {@code id} of {@code probe} is
     * placed (the poster). A probe seen last time is not laid out again, nor a page printed last
     * time; a new probe is laid out and its page printed by one renderer.
     */
    byte[] measuredPdf(String probe, String id, TutorialPdf.FinalPage printed, LocalDate updated) throws IOException {
        TutorialPdf.Slot slot;
        synchronized (this) {
            slot = measure != null && measure.probe().equals(probe) ? measure.slot() : null;
        }
        if (slot == null) {
            TutorialPdf.Measured made = TutorialPdf.measureAndRender(probe, id, printed, updated);
            synchronized (this) {
                measure = new MeasureEntry(probe, made.slot());
                poster = new PdfEntry(made.xhtml(), updated, made.pdf());
            }
            return made.pdf();
        }
        String xhtml = printed.xhtml(slot);
        synchronized (this) {
            if (poster != null
                    && poster.xhtml().equals(xhtml)
                    && poster.updated().equals(updated)) {
                return poster.pdf();
            }
        }
        byte[] bytes = TutorialPdf.render(xhtml, updated);
        synchronized (this) {
            poster = new PdfEntry(xhtml, updated, bytes);
        }
        return bytes;
    }

    /**
     * The advance widths of the two faces the flowchart measures with, read from the fonts in the
     * jar once per process: constants, like the fonts themselves.
     */
    static final class Widths {
        static final TextWidths REGULAR = load(SheetFonts.REGULAR);
        static final TextWidths BOLD = load(SheetFonts.BOLD);

        private Widths() {}

        private static TextWidths load(String font) {
            try {
                return TextWidths.load(font);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
