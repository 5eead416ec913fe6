package org.procsite.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procsite.check.CheckResult;
import org.procsite.check.Checker;
import org.procsite.load.LoadResult;
import org.procsite.load.Loader;
import org.procsite.render.RenderContext;
import org.procsite.render.SiteFile;
import org.procsite.render.SiteRenderer;
import org.procsite.render.Templates;

/**
 * Builds the site in memory, the way {@code build} does, but never writes it and never throws:
 * an invalid procedure gives the diagnostics page, a render failure gives the error page.
 */
public final class Previewer {

    private final Path file;
    private final String displayName;
    private final Path templatesFolder;
    private final SiteRenderer renderer;

    /**
     * @param file the procedure file
     * @param displayName the file's name as the user typed it, printed in messages
     * @param templatesFolder the templates folder that wins over the bundled templates, if it exists
     */
    public Previewer(Path file, String displayName, Path templatesFolder, SiteRenderer renderer) {
        this.file = file;
        this.displayName = displayName;
        this.templatesFolder = templatesFolder;
        this.renderer = renderer;
    }

    public Path file() {
        return file;
    }

    public Path templatesFolder() {
        return templatesFolder;
    }

    /** One build, the slow outputs included; {@code id} is filled in by whoever publishes it. */
    public Snapshot build() {
        Staged staged = buildStaged();
        return staged.later().map(Later::finish).orElse(staged.first());
    }

    /**
     * One build in two stages: {@code first} has every page a maintainer looks at while editing
     * (or the page that says what is wrong); {@code later}, if present, renders the slow outputs
     * (the PDF) and gives the whole site, or the failure page if they could not be made.
     */
    public record Staged(Snapshot first, Optional<Later> later) {}

    /** The second stage of a build: see {@link Staged}. */
    public interface Later {
        Snapshot finish();
    }

    public Staged buildStaged() {
        long start = System.nanoTime();
        long cpuStart = cpuNow();
        LoadResult loaded;
        if (!Files.exists(file)) {
            // Deleted, or saved by an editor that writes a new file and renames it: wait for it.
            String what = displayName + " is missing";
            return new Staged(new Snapshot("", Map.of(), Optional.of(ProblemPage.missing(displayName)), Optional.empty(),
                    List.of(), "", Optional.of(what + " (deleted or renamed?); waiting for it to be saved again"),
                    elapsed(start), cpuSince(cpuStart)), Optional.empty());
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new IOException(displayName + " is not a regular file (a folder, a device or a pipe)");
            }
            loaded = Loader.load(file, displayName);
        } catch (IOException | RuntimeException e) {
            return new Staged(failed(List.of(), "", e, start, cpuStart, "could not read " + displayName, ProblemPage.Words.ENGLISH), Optional.empty());
        }
        CheckResult checked = Checker.check(loaded);
        String messages = ProblemPage.text(displayName, loaded.source(), checked.diagnostics());
        ProblemPage.Words words = ProblemPage.Words.of(templatesFolder, checked.procedure().map(p -> p.lang())
                .orElseGet(() -> ProblemPage.declaredLang(loaded.source())));
        if (checked.procedure().isEmpty()) {
            String page = ProblemPage.diagnostics(displayName, messages, checked.diagnostics(), words);
            return new Staged(new Snapshot("", Map.of(), Optional.of(page), Optional.empty(), checked.diagnostics(), messages,
                    Optional.empty(), elapsed(start), cpuSince(cpuStart)), Optional.empty());
        }
        RenderContext context;
        Map<String, SiteFile> site;
        try {
            // A fresh Templates each time: FreeMarker's cache never serves a template edited since.
            Templates templates = Templates.from(Optional.of(templatesFolder));
            context = RenderContext.of(checked.procedure().get(), templates);
            site = renderer.renderFirst(context);
        } catch (IOException | RuntimeException | LinkageError e) {
            return new Staged(failed(checked.diagnostics(), messages, e, start, cpuStart, "the site could not be rendered", words),
                    Optional.empty());
        }
        Snapshot first = new Snapshot("", site, Optional.empty(), checked.procedure(), checked.diagnostics(), messages,
                Optional.empty(), elapsed(start), cpuSince(cpuStart));
        if (!renderer.hasLater()) {
            return new Staged(first, Optional.empty());
        }
        Later later = () -> {
            long laterStart = System.nanoTime();
            long laterCpu = cpuNow();
            try {
                Map<String, SiteFile> all = renderer.renderLater(context, site);
                return new Snapshot("", all, Optional.empty(), checked.procedure(), checked.diagnostics(), messages,
                        Optional.empty(), first.millis() + elapsed(laterStart), first.cpuMillis() + cpuSince(laterCpu));
            } catch (IOException | RuntimeException | LinkageError e) {
                return failed(checked.diagnostics(), messages, e, laterStart, laterCpu, "the site could not be rendered", words);
            }
        };
        return new Staged(first, Optional.of(later));
    }

    private Snapshot failed(List<org.procsite.diag.Diagnostic> diagnostics, String messages, Throwable e, long start,
            long cpuStart, String what, ProblemPage.Words words) {
        String message = ProblemPage.describe(e);
        return new Snapshot("", Map.of(), Optional.of(ProblemPage.failure(displayName, what, message, words)),
                Optional.empty(), diagnostics, messages, Optional.of(what + ": " + message), elapsed(start), cpuSince(cpuStart));
    }

    private static long cpuNow() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    private static long cpuSince(long cpuStart) {
        return (cpuNow() - cpuStart) / 1_000_000;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
