package org.procsite.serve;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procsite.diag.Diagnostic;
import org.procsite.pipeline.Compilation;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.render.SiteFile;

/**
 * Builds the site in memory through the {@link Pipeline}, as {@code build} does, but never
 * writes it and never throws: a missing file gives the page that waits for it, an invalid
 * procedure the diagnostics page, a render failure the error page.
 */
public final class Previewer {

    private final ProcedureFile file;
    private final Pipeline pipeline;

    public Previewer(ProcedureFile file, Pipeline pipeline) {
        this.file = file;
        this.pipeline = pipeline;
    }

    public ProcedureFile file() {
        return file;
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
        Clock clock = new Clock();
        String displayName = file.displayName();
        Compilation compiled;
        try {
            compiled = Pipeline.compile(file);
        } catch (ProcedureFile.Missing e) {
            // Deleted, or saved by an editor that writes a new file and renames it: wait for it.
            String what = displayName + " is missing";
            return new Staged(
                    new Snapshot(
                            "",
                            Map.of(),
                            Optional.of(ProblemPage.missing(displayName)),
                            Optional.empty(),
                            List.of(),
                            "",
                            Optional.of(what + " (deleted or renamed?); waiting for it to be saved again"),
                            clock.millis(),
                            clock.cpuMillis()),
                    Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Staged(
                    failed(List.of(), "", e, clock, "could not read " + displayName, ProblemPage.Words.ENGLISH),
                    Optional.empty());
        }
        List<Diagnostic> diagnostics = compiled.diagnostics();
        String messages = ProblemPage.text(diagnostics);
        ProblemPage.Words words = ProblemPage.Words.of(
                file.templatesFolder(),
                compiled.procedure().map(p -> p.lang()).orElseGet(() -> ProblemPage.declaredLang(compiled.source())));
        if (compiled.procedure().isEmpty()) {
            String page = ProblemPage.diagnostics(displayName, messages, diagnostics, words);
            return new Staged(
                    new Snapshot(
                            "",
                            Map.of(),
                            Optional.of(page),
                            Optional.empty(),
                            diagnostics,
                            messages,
                            Optional.empty(),
                            clock.millis(),
                            clock.cpuMillis()),
                    Optional.empty());
        }
        Pipeline.Stage pages;
        try {
            pages = pipeline.pages(compiled.procedure().get(), file);
        } catch (IOException | RuntimeException | LinkageError e) {
            return new Staged(
                    failed(diagnostics, messages, e, clock, "the site could not be rendered", words), Optional.empty());
        }
        Snapshot first = new Snapshot(
                "",
                pages.files(),
                Optional.empty(),
                compiled.procedure(),
                diagnostics,
                messages,
                Optional.empty(),
                clock.millis(),
                clock.cpuMillis());
        if (!pipeline.hasRest()) {
            return new Staged(first, Optional.empty());
        }
        Later later = () -> {
            Clock laterClock = new Clock();
            try {
                Map<String, SiteFile> all = pipeline.rest(pages);
                return new Snapshot(
                        "",
                        all,
                        Optional.empty(),
                        compiled.procedure(),
                        diagnostics,
                        messages,
                        Optional.empty(),
                        first.millis() + laterClock.millis(),
                        first.cpuMillis() + laterClock.cpuMillis());
            } catch (IOException | RuntimeException | LinkageError e) {
                return failed(diagnostics, messages, e, laterClock, "the site could not be rendered", words);
            }
        };
        return new Staged(first, Optional.of(later));
    }

    private Snapshot failed(
            List<Diagnostic> diagnostics,
            String messages,
            Throwable e,
            Clock clock,
            String what,
            ProblemPage.Words words) {
        String message = ProblemPage.describe(e);
        return new Snapshot(
                "",
                Map.of(),
                Optional.of(ProblemPage.failure(file.displayName(), what, message, words)),
                Optional.empty(),
                diagnostics,
                messages,
                Optional.of(what + ": " + message),
                clock.millis(),
                clock.cpuMillis());
    }

    /** How long a stage took on this thread: wall clock, and the CPU time it used whatever else runs. */
    private static final class Clock {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final long start = System.nanoTime();
        private final long cpuStart = cpuNow();

        long millis() {
            return (System.nanoTime() - start) / 1_000_000;
        }

        long cpuMillis() {
            return (cpuNow() - cpuStart) / 1_000_000;
        }

        private static long cpuNow() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
        }
    }
}
