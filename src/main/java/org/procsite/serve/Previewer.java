package org.procsite.serve;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.procsite.diag.Diagnostic;
import org.procsite.model.Procedure;
import org.procsite.pipeline.Compilation;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureBuild;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.pipeline.SiteBuild;
import org.procsite.render.SitePlace;
import org.procsite.render.decision.DecisionPageRenderer;
import org.procsite.render.decision.ProcedureListRenderer;

/**
 * Shows the pipeline's build plan ({@link Pipeline#preview}), the one {@code build} runs, with its
 * diagnostics, files and rules; it never writes it and never throws: a missing file gives the page
 * that waits for it, an invalid procedure the diagnostics page, a render failure the error page,
 * each in place of the pages of that procedure only. What is the preview's own is here: those
 * pages, and the timings.
 *
 * <p>After a save, only the procedures saved are loaded, checked and rendered again; the others
 * are kept from the build before, file for file. The root of a site of several (the list, the
 * web app) describes them all, so it is made again each time. A save of {@code contacts.yaml}
 * or of a template builds everything again.
 */
public final class Previewer {

    private final ProcedureSet set;
    private final Pipeline pipeline;

    /** The preview of one procedure file: its flat site, with the contacts of its folder. */
    public Previewer(ProcedureFile file, Pipeline pipeline) {
        this(ProcedureSet.one(file), pipeline);
    }

    public Previewer(ProcedureSet set, Pipeline pipeline) {
        this.set = set;
        this.pipeline = pipeline;
    }

    public ProcedureSet set() {
        return set;
    }

    /** One build of everything, the slow outputs included; {@code id} is filled in by whoever publishes it. */
    public Snapshot build() {
        Clock clock = new Clock();
        SiteBuild built = pipeline.preview(set, null, member -> true).finish();
        return snapshot(built, false, clock.millis(), clock.cpuMillis());
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

    /** One build of everything, in two stages. */
    public Staged buildStaged() {
        return buildStaged(null, Change.EVERYTHING);
    }

    /**
     * One build after {@code previous}, in two stages, through the {@link Pipeline}'s plan: the
     * procedures {@code change} touches are built again, the others kept as {@code previous} has
     * them (their slow outputs, if still to make, are made by this build's second stage).
     *
     * @param previous the build served now; null for none
     */
    Staged buildStaged(Snapshot previous, Change change) {
        Clock clock = new Clock();
        SiteBuild built =
                pipeline.preview(set, previous == null ? null : previous.build().orElse(null), change::touches);
        Snapshot first = snapshot(built, false, clock.millis(), clock.cpuMillis());
        if (built.complete()) {
            return new Staged(first, Optional.empty());
        }
        Later later = () -> {
            Clock laterClock = new Clock();
            SiteBuild whole = built.finish();
            return snapshot(
                    whole, true, first.millis() + laterClock.millis(), first.cpuMillis() + laterClock.cpuMillis());
        };
        return new Staged(first, Optional.of(later));
    }

    /** The build as the preview serves it: each procedure's pages, or the page that says what is wrong. */
    private Snapshot snapshot(SiteBuild built, boolean completes, long millis, long cpuMillis) {
        Optional<String> sharedFailure = built.contactsFailure()
                .map(e -> "could not read " + set.contactsDisplayName() + ": " + ProblemPage.describe(e));
        List<ProcedurePreview> procedures = built.procedures().stream()
                .map(p -> preview(p, built, sharedFailure))
                .toList();
        Map<String, String> problemPages = new TreeMap<>();
        for (ProcedurePreview p : procedures) {
            p.problemPage().ifPresent(page -> problemPages.put(p.place().folder(), page));
        }
        List<String> failures = new ArrayList<>();
        if (set.several()) {
            root(procedures, built).ifPresent(page -> problemPages.put("", page));
            built.rootFailure()
                    .ifPresent(e ->
                            failures.add("the list of procedures could not be rendered: " + ProblemPage.describe(e)));
        }
        // The files of static/ as build publishes them, under its rule: where one takes a page's
        // name, build refuses the site; the preview publishes none of them and says why.
        built.staticFailure()
                .ifPresent(e -> failures.add(
                        e instanceof IOException && e.getMessage() != null ? e.getMessage() : ProblemPage.describe(e)));
        return new Snapshot(
                "",
                built.files(),
                problemPages,
                procedures,
                built.rebuilt(),
                built.sharedDiagnostics(),
                failures.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", failures)),
                millis,
                cpuMillis,
                Optional.of(built),
                completes);
    }

    /** One procedure as the preview shows it: its pages, or the page that says what is wrong. */
    private ProcedurePreview preview(ProcedureBuild p, SiteBuild built, Optional<String> sharedFailure) {
        ProcedureSet.Member member = p.member();
        SitePlace place = p.place();
        String displayName = p.displayName();
        if (p.compiled().isEmpty()) {
            ProcedureBuild.Failure failure = p.failure().orElseThrow();
            if (failure.missing()) {
                return ProcedurePreview.problem(
                        member,
                        place,
                        ProblemPage.missing(displayName),
                        "en",
                        List.of(),
                        List.of(),
                        Optional.of(failure.what()));
            }
            return failed(p, failure.cause(), failure.what(), ProblemPage.Words.ENGLISH);
        }
        Compilation compiled = p.compiled().get();
        String lang =
                compiled.procedure().map(Procedure::lang).orElseGet(() -> ProblemPage.declaredLang(compiled.source()));
        ProblemPage.Words words = ProblemPage.Words.of(set.templatesFolder(), lang);
        if (sharedFailure.isPresent()) {
            return failed(p, sharedFailure.get(), "could not read the contacts", words);
        }
        if (compiled.procedure().isEmpty() || built.contactsBroken()) {
            // Every procedure reads the shared contacts: while they have an error, none is shown.
            List<Diagnostic> shown = new ArrayList<>(built.sharedDiagnostics());
            shown.addAll(p.diagnostics());
            String page = ProblemPage.diagnostics(displayName, ProblemPage.text(shown), shown, words);
            return ProcedurePreview.problem(member, place, page, lang, p.diagnostics(), p.late(), Optional.empty());
        }
        if (p.failure().isPresent()) {
            return failed(p, p.failure().get().cause(), p.failure().get().what(), words);
        }
        return new ProcedurePreview(
                member,
                place,
                p.files(),
                Optional.empty(),
                lang,
                compiled.procedure(),
                p.diagnostics(),
                p.late(),
                Optional.empty());
    }

    private static ProcedurePreview failed(ProcedureBuild p, Throwable e, String what, ProblemPage.Words words) {
        return failed(p, ProblemPage.describe(e), what, words);
    }

    private static ProcedurePreview failed(ProcedureBuild p, String message, String what, ProblemPage.Words words) {
        return ProcedurePreview.problem(
                p.member(),
                p.place(),
                ProblemPage.failure(p.displayName(), what, message, words),
                words.lang(),
                p.diagnostics(),
                p.late(),
                Optional.of(what + ": " + message));
    }

    /**
     * The page at the root of a site of several while a procedure or the shared contacts have a
     * problem: what {@code build} would refuse the site for, with links to the others; or the
     * failure page when the list could not be rendered.
     */
    private Optional<String> root(List<ProcedurePreview> procedures, SiteBuild built) {
        List<ProcedurePreview> broken = procedures.stream().filter(p -> !p.ok()).toList();
        if (!broken.isEmpty() || built.contactsBroken()) {
            List<String> names = new ArrayList<>();
            List<Diagnostic> diagnostics = new ArrayList<>(built.sharedDiagnostics());
            List<String> failures = new ArrayList<>();
            if (built.contactsBroken()) {
                names.add(set.contactsDisplayName());
            }
            for (ProcedurePreview p : broken) {
                names.add(p.displayName());
                diagnostics.addAll(p.diagnostics());
                p.failure().ifPresent(f -> failures.add(p.displayName() + ": " + f));
            }
            List<ProblemPage.Link> working = procedures.stream()
                    .filter(ProcedurePreview::ok)
                    .map(p -> new ProblemPage.Link(
                            p.procedure().orElseThrow().title(),
                            p.lang(),
                            p.place().nameInSite(DecisionPageRenderer.FILE_NAME)))
                    .toList();
            String lang =
                    broken.isEmpty() ? procedures.get(0).lang() : broken.get(0).lang();
            ProblemPage.Words words = ProblemPage.Words.of(set.templatesFolder(), lang);
            return Optional.of(
                    ProblemPage.site(names, ProblemPage.text(diagnostics), diagnostics, failures, working, words));
        }
        return built.rootFailure()
                .map(e -> ProblemPage.failure(
                        ProcedureListRenderer.FILE_NAME,
                        "the list of procedures could not be rendered",
                        ProblemPage.describe(e),
                        ProblemPage.Words.of(
                                set.templatesFolder(), procedures.get(0).lang())));
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
