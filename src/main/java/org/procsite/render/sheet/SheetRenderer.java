package org.procsite.render.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.procsite.model.Procedure;
import org.procsite.render.RenderContext;
import org.procsite.render.Renderer;
import org.procsite.render.SiteFile;

/**
 * The printed sheet: {@code tutorial.html}, {@code tutorial.pdf} from the same template, and
 * {@code flowchart.svg}. The flowchart is laid out once and drawn in all three.
 */
public final class SheetRenderer implements Renderer {

    static final String TEMPLATE = "tutorial.ftlh";

    /** The printable sheet as a web page; the PDF is {@link org.procsite.render.SiteRenderer#PDF}. */
    public static final String HTML = "tutorial.html";

    private final boolean pages;
    private final boolean pdf;
    private final SheetMemo memo;

    private SheetRenderer(boolean pages, boolean pdf, SheetMemo memo) {
        this.pages = pages;
        this.pdf = pdf;
        this.memo = memo;
    }

    /**
     * The sheet as two renderers that share one flowchart layout: {@code pages} makes
     * {@code tutorial.html} and {@code flowchart.svg}, {@code pdf} makes {@code tutorial.pdf}
     * (nothing if {@code withPdf} is false). They may run at the same time, and again: each redoes
     * the layout or a PDF pass only when what it is made from has changed since the last time.
     */
    public static Split split(boolean withPdf) {
        SheetMemo memo = new SheetMemo();
        return new Split(new SheetRenderer(true, false, memo), new SheetRenderer(false, withPdf, memo));
    }

    /** See {@link #split(boolean)}. */
    public record Split(Renderer pages, Renderer pdf) {}

    /** What the template sees as {@code sheet}, beside {@code p} and {@code msg}. */
    public record SheetView(
            boolean pdf, String summary, String qrDataUri, String flowchart, boolean flowchartOnNewPage) {}

    /** Below this scale the flowchart is too small to read at the end of the text: it gets a page of its own. */
    static final double MIN_SCALE_AFTER_TEXT = FlowchartLayout.MIN_READABLE_SCALE;

    private static final String SLOT = "flowchart-slot";
    /** Kept free under the flowchart so rounding never pushes it onto another page. */
    private static final double ROUNDING_ROOM_PX = 16;

    @Override
    public List<SiteFile> render(RenderContext context) throws IOException {
        Procedure procedure = context.procedure();
        // The flowchart layout (ELK) and the PDF's first layout pass do not depend on each
        // other: they run side by side, the layout on a pool thread.
        SheetMemo.Charts layout = memo.layout(procedure, TutorialPdf.CONTENT_WIDTH_PT * 4 / 3.0, context.markdown());

        String title =
                context.messages().get("sheet.flowchart.title", context.view().title());
        String description = context.messages().get("sheet.flowchart.desc");
        String summary = context.view().summary();
        String qr = procedure.siteUrl().map(QrCode::dataUri).orElse("");

        List<SiteFile> files = new ArrayList<>();
        if (pages) {
            Flowchart chart = join(layout.sheet()); // the sheet's compact map; flowchart.svg keeps every title
            String html = page(
                    context,
                    new SheetView(
                            false,
                            summary,
                            qr,
                            FlowchartSvg.svg(chart, title, description, "tutorial-flowchart"),
                            false));
            files.add(new SiteFile(HTML, html.getBytes(StandardCharsets.UTF_8)));
            files.add(new SiteFile(
                    "flowchart.svg",
                    FlowchartSvg.standalone(join(layout.full()), title, description)
                            .getBytes(StandardCharsets.UTF_8)));
        }
        if (!pdf) {
            return files;
        }
        // Where the text ends in the PDF decides where the flowchart goes and at what size: a
        // first layout of the page with an empty slot for it, then the page with the flowchart.
        String probe = page(context, new SheetView(true, summary, qr, "<div id=\"" + SLOT + "\"></div>", false));
        TutorialPdf.FinalPage printed = slot -> {
            Flowchart chart = join(layout.sheet());
            // The flowchart takes the room left after the text if it reads well there, else a page.
            double widthPx = TutorialPdf.CONTENT_WIDTH_PT * 4 / 3.0;
            double scale = Math.min(
                    1,
                    Math.min(
                            widthPx / chart.width(),
                            (slot.roomBelowPt() * 4 / 3.0 - ROUNDING_ROOM_PX) / chart.height()));
            boolean newPage = scale < MIN_SCALE_AFTER_TEXT;
            if (newPage) {
                double headingPx = 40;
                scale = Math.min(
                        1,
                        Math.min(
                                widthPx / chart.width(),
                                (slot.pageContentHeightPt() * 4 / 3.0 - headingPx) / chart.height()));
            }
            return page(context, new SheetView(true, summary, qr, FlowchartHtml.html(chart, scale, title), newPage));
        };
        files.add(new SiteFile("tutorial.pdf", memo.pdf(probe, SLOT, printed, procedure.updated())));
        return files;
    }

    private static Flowchart join(CompletableFuture<Flowchart> layout) throws IOException {
        try {
            return layout.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the flowchart layout failed", cause);
        }
    }

    private static String page(RenderContext context, SheetView sheet) throws IOException {
        return context.templates()
                .apply(
                        TEMPLATE,
                        Map.of("p", context.view(), "msg", context.messages().all(), "sheet", sheet));
    }
}
