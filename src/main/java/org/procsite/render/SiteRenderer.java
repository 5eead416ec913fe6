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
     * One procedure's files as rendered, and the page count of its PDF when the PDF is among them:
     * read once, here, and handed to whoever needs it (the describing pages, the list of a site of
     * several, the warning when the sheet outgrows one sheet, {@code build}'s summary line).
     *
     * @param files by name, sorted; the procedure's own names ({@code decision.html}), wherever
     *     its {@link SitePlace} puts them in the site
     */
    public record Rendered(Map<String, SiteFile> files, Optional<PrintedPages> printed) {
        public Rendered {
            files = Collections.unmodifiableMap(new TreeMap<>(files));
        }
    }

    /** Every file of one procedure's pages at once, the slowest started first. */
    public Rendered render(RenderContext context) throws IOException {
        List<Renderer> all = new ArrayList<>(later); // the slowest first, so it starts at once
        all.addAll(first);
        Map<String, SiteFile> files = run(all, context);
        Optional<PrintedPages> printed = printed(files);
        addUnique(files, run(describing, withPrinted(context, printed)).values());
        addUnique(files, finish(context, files));
        return new Rendered(files, printed);
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
        Map<String, SiteFile> files = run(all, context);
        addUnique(files, finish(context, files));
        return new Stages(context, new Rendered(files, Optional.empty()));
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
            Map<String, SiteFile> made = run(later, context);
            addUnique(files, made.values());
            Optional<PrintedPages> printed = printed(made);
            files.putAll(run(describing, withPrinted(context, printed)));
            finish(context, files).forEach(file -> files.put(file.name(), file));
            return new Rendered(files, printed);
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

    /** The PDF's page count, if the PDF is among {@code files}: the one place it is read. */
    private static Optional<PrintedPages> printed(Map<String, SiteFile> files) throws IOException {
        SiteFile pdf = files.get(PDF);
        return pdf == null ? Optional.empty() : Optional.of(PrintedPages.of(pdf.bytes()));
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

    private static Map<String, SiteFile> run(List<Renderer> renderers, RenderContext context) throws IOException {
        List<List<SiteFile>> outputs = new ArrayList<>();
        if (renderers.size() <= 1) {
            for (Renderer renderer : renderers) {
                outputs.add(renderer.render(context));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, renderers.size()), r -> {
                Thread t = new Thread(r, "procsite-render");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<List<SiteFile>>> futures = new ArrayList<>();
                for (Renderer renderer : renderers) {
                    futures.add(pool.submit(() -> renderer.render(context)));
                }
                for (Future<List<SiteFile>> future : futures) {
                    outputs.add(get(future));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        Map<String, SiteFile> files = new TreeMap<>();
        outputs.forEach(output -> addUnique(files, output));
        return files;
    }

    /** The renderer's own exception, as if it had run on this thread. */
    private static List<SiteFile> get(Future<List<SiteFile>> future) throws IOException {
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
