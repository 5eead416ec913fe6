package org.procsite.render.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.procsite.model.Procedure;
import org.procsite.render.RenderContext;
import org.procsite.render.Renderer;
import org.procsite.render.SiteFile;

/**
 * The printed pages: {@code tutorial.html}, {@code tutorial.pdf} from the same template (one A4
 * sheet, the numbered entries in type read under stress), {@code flowchart.svg}, and
 * {@code poster.pdf}, the A3 wall poster with the map. The flowchart is laid out once and drawn in
 * the SVG, in tutorial.html (on screen) and on the poster.
 */
public final class SheetRenderer implements Renderer {

    static final String TEMPLATE = "tutorial.ftlh";

    /** The printable sheet as a web page; the PDF is {@link org.procsite.render.SiteRenderer#PDF}. */
    public static final String HTML = "tutorial.html";

    /** What this renderer makes: the pages, the sheet's PDF or the poster. */
    private enum Part {
        PAGES,
        PDF,
        POSTER
    }

    private final Part part;
    private final SheetMemo memo;

    private SheetRenderer(Part part, SheetMemo memo) {
        this.part = part;
        this.memo = memo;
    }

    /**
     * The printed pages as three renderers that share one flowchart layout: {@code pages} makes
     * {@code tutorial.html} and {@code flowchart.svg}, {@code pdf} makes {@code tutorial.pdf} and
     * {@code poster} makes {@code poster.pdf} (neither PDF if {@code withPdf} is false). They may
     * run at the same time, and again: each redoes the layout or a PDF only when what it is made
     * from has changed since the last time.
     */
    public static Split split(boolean withPdf) {
        SheetMemo memo = new SheetMemo();
        return new Split(
                new SheetRenderer(Part.PAGES, memo),
                withPdf ? new SheetRenderer(Part.PDF, memo) : new Nothing(),
                withPdf ? new SheetRenderer(Part.POSTER, memo) : new Nothing());
    }

    /** See {@link #split(boolean)}. */
    public record Split(Renderer pages, Renderer pdf, Renderer poster) {}

    /** A renderer that makes no file: the PDFs of a build timed without them. */
    private record Nothing() implements Renderer {
        @Override
        public List<SiteFile> render(RenderContext context) {
            return List.of();
        }
    }

    /** What the template sees as {@code sheet}, beside {@code p} and {@code msg}. */
    public record SheetView(boolean pdf, String summary, String qrDataUri, String flowchart) {}

    @Override
    public List<SiteFile> render(RenderContext context) throws IOException {
        Procedure procedure = context.procedure();
        String summary = context.view().summary();
        String qr = procedure.siteUrl().map(QrCode::dataUri).orElse("");
        return switch (part) {
            case PDF ->
                List.of(new SiteFile(
                        "tutorial.pdf",
                        memo.pdf(page(context, new SheetView(true, summary, qr, "")), procedure.updated())));
            case POSTER -> List.of(new SiteFile("poster.pdf", Poster.pdf(context, memo)));
            case PAGES -> {
                // The compact map, as the poster draws it; flowchart.svg keeps every title.
                SheetMemo.Charts layout = memo.layout(procedure, Poster.MAP_COLUMN_PX, context.markdown());
                String title = context.messages()
                        .get("sheet.flowchart.title", context.view().title());
                String description = context.messages().get("sheet.flowchart.desc");
                Flowchart chart = join(layout.sheet());
                String html = page(
                        context,
                        new SheetView(
                                false, summary, qr, FlowchartSvg.svg(chart, title, description, "tutorial-flowchart")));
                yield List.of(
                        new SiteFile(HTML, html.getBytes(StandardCharsets.UTF_8)),
                        new SiteFile(
                                "flowchart.svg",
                                FlowchartSvg.standalone(join(layout.full()), title, description)
                                        .getBytes(StandardCharsets.UTF_8)));
            }
        };
    }

    static Flowchart join(CompletableFuture<Flowchart> layout) throws IOException {
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
