package org.procsite.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.procsite.check.Checker;
import org.procsite.check.SharedContacts;
import org.procsite.check.Translations;
import org.procsite.load.LoadResult;
import org.procsite.load.Loader;
import org.procsite.model.Procedure;
import org.procsite.render.PrintedPages;
import org.procsite.render.RenderContext;
import org.procsite.render.SiteFile;
import org.procsite.render.SitePlace;
import org.procsite.render.SiteRenderer;
import org.procsite.render.StaticFiles;
import org.procsite.render.Templates;
import org.procsite.render.decision.ProcedureListRenderer;
import org.procsite.render.decision.WebApp;

/**
 * The one way from a procedure file to a site: <b>load → check → render</b>. Every command goes
 * through it ({@code check} and {@code paths} stop after {@link #compile}, {@code build} renders
 * with {@link #site}, {@code serve} renders in two stages with {@link #pages} and {@link #rest}),
 * and none of them does any of these steps itself. Writing to disk is the caller's: the pipeline
 * only returns values.
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
        if (set.several()) {
            List<LoadResult> loaded =
                    entries.stream().map(e -> e.compilation().loaded()).toList();
            contacts = contacts.map(c -> Checker.checkUse(c, loaded));
        }
        return new SetCompilation(set, contacts, entries);
    }

    /**
     * Load and check the set's shared {@code contacts.yaml}, when its folder has one.
     *
     * @throws IOException if it cannot be read
     */
    public static Optional<SharedContacts.Checked> compileContacts(ProcedureSet set) throws IOException {
        Optional<Path> contactsFile = set.contactsFile();
        if (contactsFile.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Checker.checkContacts(Loader.loadContacts(contactsFile.get(), set.contactsDisplayName())));
    }

    /**
     * Load and check one procedure of the set, as {@link #compile(ProcedureSet)} does (the
     * preview recompiles only the one that was saved).
     *
     * @param shared the contacts of the set's {@code contacts.yaml}
     * @throws ProcedureFile.Missing if the file is not there
     * @throws IOException if it is not a regular file, or cannot be read
     */
    public static Compilation compile(ProcedureSet set, ProcedureSet.Member member, SharedContacts shared)
            throws IOException {
        Compilation c = compile(member.file(), shared);
        return set.several() ? FolderNames.check(member).map(c::with).orElse(c) : c;
    }

    /**
     * Load and check one file on its own, without the contacts of its folder (tests, and files
     * read from elsewhere).
     *
     * @throws ProcedureFile.Missing if the file is not there
     * @throws IOException if it is not a regular file, or cannot be read (not a problem in the procedure)
     */
    public static Compilation compile(ProcedureFile file) throws IOException {
        return compile(file, SharedContacts.NONE);
    }

    /**
     * Load and check: the file must be there (the one place that says so), and the languages of
     * the page words are those of the bundled templates and of the templates folder beside it.
     *
     * @param shared the contacts of its folder's {@code contacts.yaml}
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
    public static Compilation compile(String displayName, byte[] bytes, ProcedureFile file, SharedContacts shared) {
        return checked(Loader.load(displayName, bytes), file.templatesFolder(), shared);
    }

    private static Compilation checked(LoadResult loaded, Path templatesFolder, SharedContacts shared) {
        return new Compilation(loaded, Checker.check(loaded, Translations.bundledAnd(templatesFolder), shared));
    }

    /**
     * The whole site of a checked procedure, in memory, with the files of {@code static/}.
     *
     * @throws IOException if a template or an output fails (a bug, or an unreadable template),
     *     or a static file takes the name of an output
     */
    public Map<String, SiteFile> site(Procedure procedure, ProcedureFile file) throws IOException {
        Templates templates = Templates.from(Optional.of(file.templatesFolder()));
        return StaticFiles.addTo(renderer.render(procedure, templates), StaticFiles.read(file.staticFolder()));
    }

    /**
     * The whole site of a set whose every procedure is valid, in memory, with the files of
     * {@code static/}: the flat site of one procedure, or, for several, each one's pages in its
     * folder and the list of them at the root.
     *
     * @throws IllegalArgumentException if a procedure of the set has an error
     * @throws IOException as {@link #site(Procedure, ProcedureFile)}
     */
    public Map<String, SiteFile> site(SetCompilation compiled) throws IOException {
        ProcedureSet set = compiled.set();
        if (!compiled.valid()) {
            throw new IllegalArgumentException("a site is built only from valid procedures");
        }
        if (!set.several()) {
            SetCompilation.Entry only = compiled.procedures().get(0);
            return site(
                    only.compilation().procedure().orElseThrow(), only.member().file());
        }
        Templates templates = Templates.from(Optional.of(set.templatesFolder()));
        Map<String, SiteFile> site = new TreeMap<>();
        List<ProcedureListRenderer.Listed> listed = new ArrayList<>();
        for (SetCompilation.Entry entry : compiled.procedures()) {
            SitePlace place = place(set, entry.member());
            RenderContext context =
                    RenderContext.of(entry.compilation().procedure().orElseThrow(), templates, place);
            Map<String, SiteFile> pages = renderer.render(context);
            pages.values().forEach(f -> site.put(place.nameInSite(f.name()), f.renamed(place.nameInSite(f.name()))));
            listed.add(listed(context, pages));
        }
        for (SiteFile file : ProcedureListRenderer.render(listed, templates)) {
            site.put(file.name(), file);
        }
        return StaticFiles.addTo(site, StaticFiles.read(set.staticFolder()));
    }

    /** Where a procedure's pages go in the site of its set: its folder among several, or the root. */
    public static SitePlace place(ProcedureSet set, ProcedureSet.Member member) {
        return set.several() ? SitePlace.folder(member.name()) : SitePlace.ROOT;
    }

    /**
     * One procedure of a site of several as the list at its root shows it and its web app keeps
     * it, from its pages as rendered (named as in its folder); with the PDF's page count and the
     * PDF itself when the PDF is among them (not yet in the first stage of a preview).
     */
    public static ProcedureListRenderer.Listed listed(RenderContext context, Map<String, SiteFile> pages)
            throws IOException {
        SitePlace place = context.place();
        SiteFile pdf = pages.get(SiteRenderer.PDF);
        return new ProcedureListRenderer.Listed(
                place,
                context.view(),
                context.procedure().updated(),
                pdf == null ? Optional.empty() : Optional.of(PrintedPages.of(pdf.bytes())),
                WebApp.proctorPages(pages).stream()
                        .map(f -> f.renamed(place.nameInSite(f.name())))
                        .toList());
    }

    /**
     * The files at the root of a site of several, named as they are there: the list of the
     * procedures and the web app. Templates are read afresh each time.
     */
    public List<SiteFile> root(List<ProcedureListRenderer.Listed> procedures, Path templatesFolder) throws IOException {
        return ProcedureListRenderer.render(procedures, Templates.from(Optional.of(templatesFolder)));
    }

    /**
     * The first stage of a preview: the pages a maintainer looks at while editing. Templates are
     * read afresh each time, so a template saved since is used.
     */
    public Stage pages(Procedure procedure, ProcedureFile file) throws IOException {
        return pages(procedure, file.templatesFolder(), SitePlace.ROOT);
    }

    /**
     * The first stage of a preview of one procedure, its pages at {@code place} in the site
     * (named as in its folder: {@code decision.html}).
     */
    public Stage pages(Procedure procedure, Path templatesFolder, SitePlace place) throws IOException {
        RenderContext context = RenderContext.of(procedure, Templates.from(Optional.of(templatesFolder)), place);
        return new Stage(context, renderer.renderFirst(context));
    }

    /** Whether {@link #rest} has anything to add to the {@link #pages}. */
    public boolean hasRest() {
        return renderer.hasLater();
    }

    /** The second stage of a preview: the whole site, the slow outputs (the PDF) added to the pages. */
    public Map<String, SiteFile> rest(Stage pages) throws IOException {
        return renderer.renderLater(pages.context(), pages.files());
    }

    /** The files of a preview's first stage, and what the second needs to go on from them. */
    public record Stage(RenderContext context, Map<String, SiteFile> files) {
        public Stage {
            files = Collections.unmodifiableMap(new TreeMap<>(files));
        }
    }
}
