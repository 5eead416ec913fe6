package org.procsite.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.procsite.model.Procedure;
import org.procsite.render.decision.DecisionPageRenderer;
import org.procsite.render.decision.IndexPageRenderer;
import org.procsite.render.sheet.SheetRenderer;

/**
 * Renders the whole site in memory. The list of renderers is the extension point: each new
 * output (decision page, PDF, flowchart) is one more {@link Renderer}. Renderers are independent,
 * so they run side by side on a small pool; the site does not depend on which finishes first.
 */
public final class SiteRenderer {

    /** Two cores here: the PDF on one thread, everything else on the other (the layout has its own). */
    static final int THREADS = 2;

    private final List<Renderer> first;
    private final List<Renderer> later;
    private final List<Renderer> describing;

    /** @param renderers every renderer of the site, none of them slow enough to be put off */
    public SiteRenderer(List<Renderer> renderers) {
        this(renderers, List.of());
    }

    /**
     * @param first the renderers of the pages a maintainer looks at while editing
     * @param later the slow ones ({@code tutorial.pdf}, {@code poster.pdf}), which {@code serve} publishes when ready
     */
    public SiteRenderer(List<Renderer> first, List<Renderer> later) {
        this(first, later, List.of());
    }

    /**
     * @param describing pages that say what the other outputs are, such as the landing page that
     *     gives the PDF's number of pages: in a build they run last, knowing it; in a preview they
     *     are published with the first pages, and again with the later ones
     */
    public SiteRenderer(List<Renderer> first, List<Renderer> later, List<Renderer> describing) {
        this.first = List.copyOf(first);
        this.later = List.copyOf(later);
        this.describing = List.copyOf(describing);
    }

    /** The renderers of every output of the site. */
    public static SiteRenderer standard() {
        return standard(true);
    }

    /** @param withPdf false only to time a build without the PDF (bench/BuildWithoutPdf.java) */
    public static SiteRenderer standard(boolean withPdf) {
        SheetRenderer.Split sheet = SheetRenderer.split(withPdf);
        return new SiteRenderer(
                List.of(new DecisionPageRenderer(), new SchemaRenderer(), sheet.pages()),
                List.of(sheet.pdf(), sheet.poster()),
                List.of(new IndexPageRenderer()));
    }

    /** The PDF whose page count the describing pages give. */
    public static final String PDF = "tutorial.pdf";

    /** The A3 wall poster. */
    public static final String POSTER = "poster.pdf";

    /** Every file of the site by name, sorted, so the order never depends on the renderers. */
    public Map<String, SiteFile> render(Procedure procedure, Templates templates) throws IOException {
        return render(RenderContext.of(procedure, templates)).files();
    }

    /**
     * One procedure's files as rendered, and the text of each of its PDFs read back: read once,
     * on the thread that made the PDF, and handed to whoever needs it (the describing pages and
     * the list of a site of several give the sheet's page count, W006 says when it outgrew one
     * sheet, {@code build}'s summary line gives each PDF's smallest text).
     *
     * @param files by name, sorted; the procedure's own names ({@code decision.html}), wherever
     *     its {@link SitePlace} puts them in the site
     * @param printed each PDF among {@code files} by the same name ({@code tutorial.pdf})
     */
    public record Rendered(Map<String, SiteFile> files, Map<String, PrintedText> printed) {
        public Rendered {
            files = Collections.unmodifiableMap(new TreeMap<>(files));
            printed = Collections.unmodifiableMap(new TreeMap<>(printed));
        }

        /** The sheet's page count, when the sheet is among the files. */
        public Optional<PrintedPages> pages() {
            return pagesOf(printed);
        }
    }

    /** Every file of one procedure's pages at once, the slowest started first. */
    public Rendered render(RenderContext context) throws IOException {
        List<Renderer> all = new ArrayList<>(later); // the slowest first, so it starts at once
        all.addAll(first);
        Made made = run(all, context);
        Map<String, SiteFile> files = new TreeMap<>(made.files());
        addUnique(
                files,
                run(describing, withPrinted(context, pagesOf(made.printed())))
                        .files()
                        .values());
        addUnique(files, finish(context, files));
        return new Rendered(files, made.printed());
    }

    /**
     * The same files in two stages, for the preview: {@link Stages#first()} is what the
     * {@code first} and {@code describing} renderers make, with what the renderers finish from
     * them, shown at once; {@link Stages#all()} adds the {@code later} renderers' files and makes
     * the describing pages and the finished files again, now that those exist. The bytes of
     * {@code all()} are those of {@link #render(RenderContext)}.
     */
    public Stages inStages(RenderContext context) throws IOException {
        List<Renderer> all = new ArrayList<>(first);
        all.addAll(describing);
        Map<String, SiteFile> files = new TreeMap<>(run(all, context).files());
        addUnique(files, finish(context, files));
        return new Stages(context, new Rendered(files, Map.of()));
    }

    /** The two stages of one procedure's render: see {@link #inStages}. */
    public final class Stages {
        private final RenderContext context;
        private final Rendered first;

        private Stages(RenderContext context, Rendered first) {
            this.context = context;
            this.first = first;
        }

        public RenderContext context() {
            return context;
        }

        /** The pages a maintainer looks at while editing; no PDF yet. */
        public Rendered first() {
            return first;
        }

        /** Whether {@link #all} has anything to add to {@link #first}. */
        public boolean hasMore() {
            return !later.isEmpty();
        }

        /** Every file: the slow ones (the PDF) added to the first, the pages that describe them made again. */
        public Rendered all() throws IOException {
            Map<String, SiteFile> files = new TreeMap<>(first.files());
            Made made = run(later, context);
            addUnique(files, made.files().values());
            files.putAll(run(describing, withPrinted(context, pagesOf(made.printed())))
                    .files());
            finish(context, files).forEach(file -> files.put(file.name(), file));
            return new Rendered(files, made.printed());
        }
    }

    /**
     * What every renderer makes from the bytes of the others ({@link Renderer#finish}), once they
     * are all made: in the order of the lists, one after the other (it is quick).
     */
    private List<SiteFile> finish(RenderContext context, Map<String, SiteFile> files) throws IOException {
        Map<String, SiteFile> site = Collections.unmodifiableMap(new TreeMap<>(files));
        List<SiteFile> finished = new ArrayList<>();
        for (List<Renderer> renderers : List.of(first, later, describing)) {
            for (Renderer renderer : renderers) {
                finished.addAll(renderer.finish(context, site));
            }
        }
        return finished;
    }

    /** The sheet's page count, if the sheet is among the PDFs read. */
    private static Optional<PrintedPages> pagesOf(Map<String, PrintedText> printed) {
        return Optional.ofNullable(printed.get(PDF)).map(text -> new PrintedPages(text.pages()));
    }

    /** The context for the describing pages: with the PDF's page count, when it is known. */
    private static RenderContext withPrinted(RenderContext context, Optional<PrintedPages> printed) {
        return printed.map(context::withPrinted).orElse(context);
    }

    /** Adds {@code more} to {@code files}; a name taken twice is a bug in the list of renderers. */
    private static void addUnique(Map<String, SiteFile> files, Collection<SiteFile> more) {
        for (SiteFile file : more) {
            if (files.putIfAbsent(file.name(), file) != null) {
                throw new IllegalStateException("two renderers wrote " + file.name());
            }
        }
    }

    /** What some renderers made: their files by name, and each PDF among them read back. */
    private record Made(Map<String, SiteFile> files, Map<String, PrintedText> printed) {}

    /** One renderer's files, and its PDFs read back on the same thread while the others still work. */
    private record Output(List<SiteFile> files, Map<String, PrintedText> printed) {}

    private static Output renderAndRead(Renderer renderer, RenderContext context) throws IOException {
        List<SiteFile> files = renderer.render(context);
        Map<String, PrintedText> printed = new TreeMap<>();
        for (SiteFile file : files) {
            if (file.name().endsWith(".pdf")) {
                printed.put(file.name(), PrintedText.of(file.bytes()));
            }
        }
        return new Output(files, printed);
    }

    private static Made run(List<Renderer> renderers, RenderContext context) throws IOException {
        List<Output> outputs = new ArrayList<>();
        if (renderers.size() <= 1) {
            for (Renderer renderer : renderers) {
                outputs.add(renderAndRead(renderer, context));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, renderers.size()), r -> {
                Thread t = new Thread(r, "procsite-render");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Output>> futures = new ArrayList<>();
                for (Renderer renderer : renderers) {
                    futures.add(pool.submit(() -> renderAndRead(renderer, context)));
                }
                for (Future<Output> future : futures) {
                    outputs.add(get(future));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        Map<String, SiteFile> files = new TreeMap<>();
        Map<String, PrintedText> printed = new TreeMap<>();
        for (Output output : outputs) {
            addUnique(files, output.files());
            printed.putAll(output.printed());
        }
        return new Made(files, printed);
    }

    /** The renderer's own exception, as if it had run on this thread. */
    private static <T> T get(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the build was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
