package org.procsite.serve;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.procsite.check.SharedContacts;
import org.procsite.diag.Diagnostic;
import org.procsite.pipeline.Compilation;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.render.RenderContext;
import org.procsite.render.SiteFile;
import org.procsite.render.SitePlace;
import org.procsite.render.StaticFiles;
import org.procsite.render.decision.DecisionPageRenderer;
import org.procsite.render.decision.ProcedureListRenderer;

/**
 * Builds the site in memory through the {@link Pipeline}, as {@code build} does, but never
 * writes it and never throws: a missing file gives the page that waits for it, an invalid
 * procedure the diagnostics page, a render failure the error page, each in place of the pages
 * of that procedure only.
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

    /** One build of everything, in two stages. */
    public Staged buildStaged() {
        return buildStaged(null, Change.EVERYTHING);
    }

    /**
     * One build after {@code previous}, in two stages: the procedures {@code change} touches are
     * built again, the others kept as {@code previous} has them (their slow outputs, if still to
     * make, are made by this build's second stage).
     *
     * @param previous the build served now; null for none
     */
    Staged buildStaged(Snapshot previous, Change change) {
        Clock clock = new Clock();
        Shared shared = sharedContacts();
        List<ProcedurePreview> procedures = new ArrayList<>();
        Set<String> rebuilt = new LinkedHashSet<>();
        for (ProcedureSet.Member member : set.procedures()) {
            Optional<ProcedurePreview> kept = previous == null || change.touches(member)
                    ? Optional.empty()
                    : previous.procedures().stream()
                            .filter(p -> p.member().equals(member))
                            .findFirst();
            procedures.add(kept.orElseGet(() -> preview(member, shared)));
            if (kept.isEmpty()) {
                rebuilt.add(member.name());
            }
        }
        Snapshot first = snapshot(procedures, rebuilt, shared, clock.millis(), clock.cpuMillis());
        if (procedures.stream().allMatch(p -> p.rest().isEmpty())) {
            return new Staged(first, Optional.empty());
        }
        Later later = () -> {
            Clock laterClock = new Clock();
            List<ProcedurePreview> whole = procedures.stream()
                    .map(p -> p.rest().map(ProcedurePreview.Rest::made).orElse(p))
                    .toList();
            return snapshot(
                    whole,
                    rebuilt,
                    shared,
                    first.millis() + laterClock.millis(),
                    first.cpuMillis() + laterClock.cpuMillis());
        };
        return new Staged(first, Optional.of(later));
    }

    /**
     * The shared contacts, read again at each build (a small file): their problems, and the
     * contacts the procedures rebuilt now are checked with.
     */
    private record Shared(List<Diagnostic> diagnostics, SharedContacts contacts, Optional<String> failure) {
        boolean hasErrors() {
            return failure.isPresent() || diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private Shared sharedContacts() {
        try {
            Optional<SharedContacts.Checked> checked = Pipeline.compileContacts(set);
            return new Shared(
                    checked.map(SharedContacts.Checked::diagnostics).orElse(List.of()),
                    checked.map(SharedContacts.Checked::contacts).orElse(SharedContacts.NONE),
                    Optional.empty());
        } catch (Exception | Error e) { // an Error too (stack, memory): the preview goes on
            return new Shared(
                    List.of(),
                    SharedContacts.NONE,
                    Optional.of("could not read " + set.contactsDisplayName() + ": " + ProblemPage.describe(e)));
        }
    }

    /** One procedure loaded, checked and its pages rendered; its slow outputs left for later. */
    private ProcedurePreview preview(ProcedureSet.Member member, Shared shared) {
        String displayName = member.file().displayName();
        SitePlace place = Pipeline.place(set, member);
        Compilation compiled;
        try {
            compiled = Pipeline.compile(set, member, shared.contacts());
        } catch (ProcedureFile.Missing e) {
            // Deleted, or saved by an editor that writes a new file and renames it: wait for it.
            return ProcedurePreview.problem(
                    member,
                    place,
                    ProblemPage.missing(displayName),
                    "en",
                    List.of(),
                    Optional.of(displayName + " is missing (deleted or renamed?); waiting for it to be saved again"));
        } catch (Exception | Error e) { // an Error too (stack, memory): the preview goes on
            return failed(member, place, List.of(), e, "could not read " + displayName, ProblemPage.Words.ENGLISH);
        }
        List<Diagnostic> diagnostics = compiled.diagnostics();
        String lang =
                compiled.procedure().map(p -> p.lang()).orElseGet(() -> ProblemPage.declaredLang(compiled.source()));
        ProblemPage.Words words = ProblemPage.Words.of(set.templatesFolder(), lang);
        if (shared.failure().isPresent()) {
            return failed(member, place, diagnostics, shared.failure().get(), "could not read the contacts", words);
        }
        if (compiled.procedure().isEmpty() || shared.hasErrors()) {
            // Every procedure reads the shared contacts: while they have an error, none is shown.
            List<Diagnostic> shown = new ArrayList<>(shared.diagnostics());
            shown.addAll(diagnostics);
            String page = ProblemPage.diagnostics(displayName, ProblemPage.text(shown), shown, words);
            return ProcedurePreview.problem(member, place, page, lang, diagnostics, Optional.empty());
        }
        Pipeline.Stage pages;
        Optional<ProcedureListRenderer.Listed> listed;
        try {
            pages = pipeline.pages(compiled.procedure().get(), set.templatesFolder(), place);
            listed = listed(pages.context(), pages.files());
        } catch (Exception | Error e) {
            return failed(member, place, diagnostics, e, "the site could not be rendered", words);
        }
        Optional<ProcedurePreview.Rest> rest = Optional.empty();
        if (pipeline.hasRest()) {
            rest = Optional.of(new ProcedurePreview.Rest(() -> {
                try {
                    Map<String, SiteFile> all = pipeline.rest(pages);
                    return ProcedurePreview.rendered(
                            member,
                            place,
                            all,
                            compiled.procedure().get(),
                            diagnostics,
                            listed(pages.context(), all),
                            Optional.empty());
                } catch (Exception | Error e) {
                    return failed(member, place, diagnostics, e, "the site could not be rendered", words);
                }
            }));
        }
        return ProcedurePreview.rendered(
                member, place, pages.files(), compiled.procedure().get(), diagnostics, listed, rest);
    }

    /** What the list at the root shows of a procedure; nothing in a site of one. */
    private Optional<ProcedureListRenderer.Listed> listed(RenderContext context, Map<String, SiteFile> pages)
            throws IOException {
        return set.several() && pages.containsKey(DecisionPageRenderer.FILE_NAME)
                ? Optional.of(Pipeline.listed(context, pages))
                : Optional.empty();
    }

    private static ProcedurePreview failed(
            ProcedureSet.Member member,
            SitePlace place,
            List<Diagnostic> diagnostics,
            Throwable e,
            String what,
            ProblemPage.Words words) {
        return failed(member, place, diagnostics, ProblemPage.describe(e), what, words);
    }

    private static ProcedurePreview failed(
            ProcedureSet.Member member,
            SitePlace place,
            List<Diagnostic> diagnostics,
            String message,
            String what,
            ProblemPage.Words words) {
        return ProcedurePreview.problem(
                member,
                place,
                ProblemPage.failure(member.file().displayName(), what, message, words),
                words.lang(),
                diagnostics,
                Optional.of(what + ": " + message));
    }

    /** The build of these procedures: their files, and the root of a site of several, made now. */
    private Snapshot snapshot(
            List<ProcedurePreview> procedures, Set<String> rebuilt, Shared shared, long millis, long cpuMillis) {
        Map<String, SiteFile> site = new TreeMap<>();
        Map<String, String> problemPages = new TreeMap<>();
        for (ProcedurePreview p : procedures) {
            site.putAll(p.files());
            p.problemPage().ifPresent(page -> problemPages.put(p.place().folder(), page));
        }
        Optional<String> rootFailure = Optional.empty();
        if (set.several()) {
            Root root = root(procedures, shared);
            root.files().forEach(f -> site.put(f.name(), f));
            root.problemPage().ifPresent(page -> problemPages.put("", page));
            rootFailure = root.failure();
        }
        // The files of static/, as build publishes them (read again at each build); where one takes
        // a page's name, build refuses the site and says so: the preview shows the page.
        try {
            StaticFiles.read(set.staticFolder()).forEach(f -> site.putIfAbsent(f.name(), f));
        } catch (Exception | Error e) {
            rootFailure = rootFailure.or(() -> Optional.of("static/ could not be read: " + e.getMessage()));
        }
        return new Snapshot(
                "", site, problemPages, procedures, rebuilt, shared.diagnostics(), rootFailure, millis, cpuMillis);
    }

    private record Root(List<SiteFile> files, Optional<String> problemPage, Optional<String> failure) {}

    /**
     * The root of a site of several: the list of the procedures and the web app when all of them
     * are shown; otherwise what {@code build} would refuse the site for, with links to the others.
     */
    private Root root(List<ProcedurePreview> procedures, Shared shared) {
        List<ProcedurePreview> broken = procedures.stream().filter(p -> !p.ok()).toList();
        if (!broken.isEmpty() || shared.hasErrors()) {
            List<String> names = new ArrayList<>();
            List<Diagnostic> diagnostics = new ArrayList<>(shared.diagnostics());
            List<String> failures = new ArrayList<>();
            if (shared.hasErrors()) {
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
            String page = ProblemPage.site(names, ProblemPage.text(diagnostics), diagnostics, failures, working, words);
            return new Root(List.of(), Optional.of(page), Optional.empty());
        }
        try {
            List<ProcedureListRenderer.Listed> listed =
                    procedures.stream().map(p -> p.listed().orElseThrow()).toList();
            return new Root(pipeline.root(listed, set.templatesFolder()), Optional.empty(), Optional.empty());
        } catch (Exception | Error e) {
            String what = "the list of procedures could not be rendered";
            String message = ProblemPage.describe(e);
            ProblemPage.Words words = ProblemPage.Words.of(
                    set.templatesFolder(), procedures.get(0).lang());
            return new Root(
                    List.of(),
                    Optional.of(ProblemPage.failure(ProcedureListRenderer.FILE_NAME, what, message, words)),
                    Optional.of(what + ": " + message));
        }
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
