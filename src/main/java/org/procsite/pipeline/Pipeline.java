package org.procsite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.procsite.check.Checker;
import org.procsite.check.SharedContacts;
import org.procsite.check.Translations;
import org.procsite.diag.Diagnostic;
import org.procsite.load.LoadResult;
import org.procsite.load.Loader;
import org.procsite.render.RenderContext;
import org.procsite.render.SiteFile;
import org.procsite.render.SitePlace;
import org.procsite.render.SiteRenderer;
import org.procsite.render.StaticFiles;
import org.procsite.render.Templates;
import org.procsite.render.decision.DecisionPageRenderer;
import org.procsite.render.decision.ProcedureListRenderer;
import org.procsite.render.decision.WebApp;

/**
 * The one way from a procedure file to a site: <b>load → check → render</b>. Every command goes
 * through it, and none of them does any of these steps itself: {@code check} and {@code paths}
 * stop after {@link #compile}; {@code build} renders a valid set with {@link #site}, {@code serve}
 * with {@link #preview}, the same plan made incrementally (only the procedures saved are built
 * again) and in two stages (the PDF last). Both give a {@link SiteBuild}: every diagnostic, the
 * same files, the same rule for the files of {@code static/}. Writing to disk is the caller's:
 * the pipeline only returns values.
 *
 * <p>{@link #compile} loads no class of the rendering stack, so that {@code check} stays fast
 * on a cold JVM; the render methods load it on first use. Immutable and thread-safe.
 */
public final class Pipeline {

    private final SiteRenderer renderer;

    /** @param renderer the outputs of the site; {@link SiteRenderer#standard()} in every command */
    public Pipeline(SiteRenderer renderer) {
        this.renderer = renderer;
    }

    /** The pipeline of every command: all the outputs named in the README. */
    public static Pipeline standard() {
        return new Pipeline(SiteRenderer.standard());
    }

    /**
     * Load and check every procedure of the set, with the contacts they share: the files must be
     * there, and each is checked even when another has errors, so that every problem is said at once.
     *
     * @throws ProcedureFile.Missing if a procedure file is not there
     * @throws IOException if a file is not a regular file, or cannot be read (not a problem in a procedure)
     */
    public static SetCompilation compile(ProcedureSet set) throws IOException {
        Optional<SharedContacts.Checked> contacts = compileContacts(set);
        SharedContacts shared = contacts.map(SharedContacts.Checked::contacts).orElse(SharedContacts.NONE);
        List<SetCompilation.Entry> entries = new ArrayList<>();
        for (ProcedureSet.Member member : set.procedures()) {
            entries.add(new SetCompilation.Entry(member, compile(set, member, shared)));
        }
        List<LoadResult> loaded =
                entries.stream().map(e -> e.compilation().loaded()).toList();
        return new SetCompilation(set, withUse(set, contacts, loaded), entries);
    }

    /** The shared contacts with what the procedures' use of them says (W001), in a site of several. */
    private static Optional<SharedContacts.Checked> withUse(
            ProcedureSet set, Optional<SharedContacts.Checked> contacts, List<LoadResult> loaded) {
        return set.several() ? contacts.map(c -> Checker.checkUse(c, loaded)) : contacts;
    }

    /**
     * Load and check the set's shared {@code contacts.yaml}, when its folder has one.
     *
     * @throws IOException if it cannot be read
     */
    private static Optional<SharedContacts.Checked> compileContacts(ProcedureSet set) throws IOException {
        Optional<Path> contactsFile = set.contactsFile();
        if (contactsFile.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Checker.checkContacts(Loader.loadContacts(contactsFile.get(), set.contactsDisplayName())));
    }

    /** Load and check a {@code contacts.yaml} read from elsewhere (git): {@code displayName} names it in messages. */
    public static SharedContacts.Checked compileContacts(String displayName, byte[] bytes) {
        return Checker.checkContacts(Loader.loadContacts(displayName, bytes));
    }

    /** Load and check one procedure of the set, with E035 when its name cannot name its folder among several. */
    private static Compilation compile(ProcedureSet set, ProcedureSet.Member member, SharedContacts shared)
            throws IOException {
        Compilation c = compile(member.file(), shared);
        return set.several() ? FolderNames.check(member).map(c::with).orElse(c) : c;
    }

    /**
     * Load and check one procedure file: the file must be there (the one place that says so), and
     * the languages of the page words are those of the bundled templates and of the templates
     * folder beside it.
     *
     * @param shared the contacts of its folder's {@code contacts.yaml}; {@link SharedContacts#NONE}
     *     for a file on its own
     * @throws ProcedureFile.Missing if the file is not there
     * @throws IOException if it is not a regular file, or cannot be read (not a problem in the procedure)
     */
    public static Compilation compile(ProcedureFile file, SharedContacts shared) throws IOException {
        file.requireRegularFile();
        return checked(Loader.load(file.path(), file.displayName()), file.templatesFolder(), shared);
    }

    /**
     * Load and check a revision read from elsewhere (git): {@code displayName} names it in
     * messages, e.g. {@code HEAD:procedure.yaml}; its templates are those beside {@code file}.
     */
    public static Compilation compileRevision(
            String displayName, byte[] bytes, ProcedureFile file, SharedContacts shared) {
        return checked(Loader.load(displayName, bytes), file.templatesFolder(), shared);
    }

    private static Compilation checked(LoadResult loaded, Path templatesFolder, SharedContacts shared) {
        return new Compilation(loaded, Checker.check(loaded, Translations.bundledAnd(templatesFolder), shared));
    }

    /**
     * The site of a set whose every procedure is valid, as {@code build} writes it: each
     * procedure's pages rendered at once (the PDF started first), the root of a site of several,
     * the files of {@code static/}, and what the pages tell (W006, from the PDF's page count).
     *
     * @throws IllegalArgumentException if a procedure of the set has an error
     * @throws IOException if a template or an output fails (a bug, or an unreadable template),
     *     or a static file cannot be read or takes the name of an output
     */
    public SiteBuild site(SetCompilation compiled) throws IOException {
        if (!compiled.valid()) {
            throw new IllegalArgumentException("a site is built only from valid procedures");
        }
        ProcedureSet set = compiled.set();
        Templates templates = Templates.from(Optional.of(set.templatesFolder()));
        List<ProcedureBuild> procedures = new ArrayList<>();
        for (SetCompilation.Entry entry : compiled.procedures()) {
            SitePlace place = place(set, entry.member());
            Compilation c = entry.compilation();
            RenderContext context = RenderContext.of(c.procedure().orElseThrow(), templates, place);
            procedures.add(rendered(set, entry.member(), c, context, renderer.render(context), null));
        }
        Set<String> all = new LinkedHashSet<>();
        set.procedures().forEach(m -> all.add(m.name()));
        return assemble(set, compiled.contacts(), Optional.empty(), procedures, all, () -> templates)
                .orThrow();
    }

    /**
     * The site as the preview shows it, after {@code previous}: the procedures {@code touched}
     * are loaded, checked (W007 included) and rendered again, in two stages (the slow outputs
     * when {@link SiteBuild#finish()} is called); the others are {@code previous}'s, the same
     * objects. The shared contacts, the root and the files of {@code static/} are made again
     * each time. It never throws: what goes wrong is in the build, procedure by procedure.
     *
     * @param previous the build before; null for none (everything is built)
     * @param touched the procedures saved since {@code previous}
     */
    public SiteBuild preview(ProcedureSet set, SiteBuild previous, Predicate<ProcedureSet.Member> touched) {
        Optional<SharedContacts.Checked> contacts;
        Optional<Throwable> contactsFailure = Optional.empty();
        try {
            contacts = compileContacts(set);
        } catch (Exception | Error e) { // an Error too (stack, memory): the preview goes on
            contacts = Optional.empty();
            contactsFailure = Optional.of(e);
        }
        SharedContacts shared = contacts.map(SharedContacts.Checked::contacts).orElse(SharedContacts.NONE);
        boolean contactsBroken = SiteBuild.contactsBroken(contacts, contactsFailure);
        Supplier<Templates> templates = memo(() -> Templates.from(Optional.of(set.templatesFolder())));
        VersionCheck.CommittedContacts committed = null;
        List<ProcedureBuild> procedures = new ArrayList<>();
        Set<String> rebuilt = new LinkedHashSet<>();
        for (ProcedureSet.Member member : set.procedures()) {
            Optional<ProcedureBuild> kept = previous == null || touched.test(member)
                    ? Optional.empty()
                    : previous.procedures().stream()
                            .filter(p -> p.member().equals(member))
                            .findFirst();
            if (kept.isPresent()) {
                procedures.add(kept.get());
                continue;
            }
            if (committed == null) {
                committed = VersionCheck.CommittedContacts.of(set, shared);
            }
            procedures.add(preview(set, member, shared, committed, contactsBroken, templates));
            rebuilt.add(member.name());
        }
        contacts = withUse(
                set,
                contacts,
                procedures.stream()
                        .flatMap(p -> p.compiled().stream())
                        .map(Compilation::loaded)
                        .toList());
        return assemble(set, contacts, contactsFailure, procedures, rebuilt, templates);
    }

    /** One procedure of a preview: loaded, checked, its pages rendered; its slow outputs left for {@code finish}. */
    private ProcedureBuild preview(
            ProcedureSet set,
            ProcedureSet.Member member,
            SharedContacts shared,
            VersionCheck.CommittedContacts committed,
            boolean contactsBroken,
            Supplier<Templates> templates) {
        SitePlace place = place(set, member);
        String displayName = member.file().displayName();
        Compilation plain;
        try {
            plain = compile(set, member, shared);
        } catch (ProcedureFile.Missing e) {
            // Deleted, or saved by an editor that writes a new file and renames it: wait for it.
            return ProcedureBuild.unread(
                    member,
                    place,
                    new ProcedureBuild.Failure(
                            displayName + " is missing (deleted or renamed?); waiting for it to be saved again", e));
        } catch (Exception | Error e) { // an Error too (stack, memory): the preview goes on
            return ProcedureBuild.unread(member, place, new ProcedureBuild.Failure("could not read " + displayName, e));
        }
        // W007 asks git, a process of its own: while it answers, the pages are rendered (it changes none of them).
        CompletableFuture<Compilation> versioned = CompletableFuture.supplyAsync(
                        () -> VersionCheck.againstLastCommit(member.file(), plain, committed)
                                .map(plain::with)
                                .orElse(plain))
                .handle((c, e) -> e == null ? c : plain);
        if (plain.procedure().isEmpty() || contactsBroken) {
            return ProcedureBuild.checked(member, place, versioned.join()); // every procedure reads the shared contacts
        }
        RenderContext context;
        SiteRenderer.Stages stages;
        try {
            context = RenderContext.of(plain.procedure().get(), templates.get(), place);
            stages = renderer.inStages(context);
        } catch (Exception | Error e) {
            return ProcedureBuild.failed(member, place, versioned.join(), renderFailure(e));
        }
        Compilation compiled = versioned.join();
        Supplier<ProcedureBuild> rest = stages.hasMore()
                ? () -> {
                    try {
                        return rendered(set, member, compiled, context, stages.all(), null);
                    } catch (Exception | Error e) {
                        return ProcedureBuild.failed(member, place, compiled, renderFailure(e));
                    }
                }
                : null;
        try {
            return rendered(set, member, compiled, context, stages.first(), rest);
        } catch (Exception | Error e) {
            return ProcedureBuild.failed(member, place, compiled, renderFailure(e));
        }
    }

    private static ProcedureBuild.Failure renderFailure(Throwable e) {
        return new ProcedureBuild.Failure("the site could not be rendered", e);
    }

    /** A procedure's pages as rendered, with what the list shows of it and W006 when its PDF outgrew one sheet. */
    private static ProcedureBuild rendered(
            ProcedureSet set,
            ProcedureSet.Member member,
            Compilation compiled,
            RenderContext context,
            SiteRenderer.Rendered rendered,
            Supplier<ProcedureBuild> rest) {
        SitePlace place = context.place();
        Optional<ProcedureListRenderer.Listed> listed = Optional.empty();
        if (set.several() && rendered.files().containsKey(DecisionPageRenderer.FILE_NAME)) {
            listed = Optional.of(new ProcedureListRenderer.Listed(
                    place,
                    context.view(),
                    context.procedure().updated(),
                    rendered.pages(),
                    WebApp.proctorPages(rendered.files()).stream()
                            .map(f -> f.renamed(place.nameInSite(f.name())))
                            .toList()));
        }
        List<Diagnostic> late =
                rendered.pages().filter(p -> !p.fitsOneSheet()).map(p -> SheetFits.warning(compiled, p)).stream()
                        .toList();
        return ProcedureBuild.rendered(
                member, place, compiled, rendered.files(), rendered.printed(), listed, late, rest);
    }

    /**
     * The site from its procedures: their pages, the root of a site of several when each of them
     * is rendered, and the files of {@code static/} under the one rule of every build: none may
     * take the name of a page (or a file where the site has a folder), else none is published
     * and the build says why.
     */
    private SiteBuild assemble(
            ProcedureSet set,
            Optional<SharedContacts.Checked> contacts,
            Optional<Throwable> contactsFailure,
            List<ProcedureBuild> procedures,
            Set<String> rebuilt,
            Supplier<Templates> templates) {
        Map<String, SiteFile> site = new TreeMap<>();
        procedures.forEach(p -> site.putAll(p.files()));
        Optional<Throwable> rootFailure = Optional.empty();
        if (set.several()
                && !SiteBuild.contactsBroken(contacts, contactsFailure)
                && procedures.stream().allMatch(ProcedureBuild::rendered)) {
            try {
                List<ProcedureListRenderer.Listed> listed =
                        procedures.stream().map(p -> p.listed().orElseThrow()).toList();
                ProcedureListRenderer.render(listed, templates.get()).forEach(f -> site.put(f.name(), f));
            } catch (Exception | Error e) {
                rootFailure = Optional.of(e);
            }
        }
        Map<String, SiteFile> files = site;
        Optional<Throwable> staticFailure = Optional.empty();
        try {
            files = StaticFiles.addTo(site, StaticFiles.read(set.staticFolder()));
        } catch (Exception | Error e) {
            staticFailure = Optional.of(e);
        }
        return new SiteBuild(
                set,
                contacts,
                contactsFailure,
                procedures,
                rebuilt,
                files,
                rootFailure,
                staticFailure,
                finished -> assemble(set, contacts, contactsFailure, finished, rebuilt, templates));
    }

    /** Where a procedure's pages go in the site of its set: its folder among several, or the root. */
    private static SitePlace place(ProcedureSet set, ProcedureSet.Member member) {
        return set.several() ? SitePlace.folder(member.name()) : SitePlace.ROOT;
    }

    /** What {@code make} gives, made once, on first use; its failure thrown to each caller. */
    private static <T> Supplier<T> memo(Callable<T> make) {
        return new Supplier<>() {
            private T made; // guarded by this

            @Override
            public synchronized T get() {
                if (made == null) {
                    try {
                        made = make.call();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return made;
            }
        };
    }
}
