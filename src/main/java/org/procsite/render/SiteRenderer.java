package org.procsite.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** @param renderers every renderer of the site, none of them slow enough to be put off */
    public SiteRenderer(List<Renderer> renderers) {
        this(renderers, List.of());
    }

    /**
     * @param first the renderers of the pages a maintainer looks at while editing
     * @param later the slow ones ({@code tutorial.pdf}), which {@code serve} publishes when ready
     */
    public SiteRenderer(List<Renderer> first, List<Renderer> later) {
        this.first = List.copyOf(first);
        this.later = List.copyOf(later);
    }

    /** The renderers of every output named in DESIGN.md. */
    public static SiteRenderer standard() {
        SheetRenderer.Split sheet = SheetRenderer.split(!Boolean.getBoolean("procsite.bench.noPdf"));
        return new SiteRenderer(List.of(
                new IndexPageRenderer(),
                new DecisionPageRenderer(),
                new SchemaRenderer(),
                sheet.pages()),
                List.of(sheet.pdf()));
    }

    /** Every file of the site by name, sorted, so the order never depends on the renderers. */
    public Map<String, SiteFile> render(Procedure procedure, Templates templates) throws IOException {
        RenderContext context = RenderContext.of(procedure, templates);
        List<Renderer> all = new ArrayList<>(later); // the slowest first, so it starts at once
        all.addAll(first);
        return run(all, context);
    }

    /** The files of the {@code first} renderers only: what {@link #renderLater} does not make. */
    public Map<String, SiteFile> renderFirst(RenderContext context) throws IOException {
        return run(first, context);
    }

    /** The files of the {@code later} renderers only; empty if there are none. */
    public Map<String, SiteFile> renderLater(RenderContext context) throws IOException {
        return run(later, context);
    }

    public boolean hasLater() {
        return !later.isEmpty();
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
        for (List<SiteFile> output : outputs) {
            for (SiteFile file : output) {
                if (files.put(file.name(), file) != null) {
                    throw new IllegalStateException("two renderers wrote " + file.name());
                }
            }
        }
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
