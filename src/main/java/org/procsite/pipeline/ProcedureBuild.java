package org.procsite.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.procsite.diag.Diagnostic;
import org.procsite.model.Procedure;
import org.procsite.render.PrintedPages;
import org.procsite.render.PrintedText;
import org.procsite.render.SiteFile;
import org.procsite.render.SitePlace;
import org.procsite.render.SiteRenderer;
import org.procsite.render.decision.ProcedureListRenderer;

/**
 * One procedure of a {@link SiteBuild}: what its check found and its pages, or why there are
 * none. A build after a save keeps, as they are, the procedures not saved since (the same
 * objects, file for file).
 *
 * <p>A preview makes its pages in two stages: {@link #finish()} gives the procedure with its slow
 * outputs (the PDF), made at most once, by whichever build asks first.
 */
public final class ProcedureBuild {

    /**
     * What went wrong other than a problem in the procedure.
     *
     * @param what what could not be done, in the user's words: {@code could not read connexion.yaml}
     * @param cause a {@link ProcedureFile.Missing} when the file is not there
     */
    public record Failure(String what, Throwable cause) {
        public boolean missing() {
            return cause instanceof ProcedureFile.Missing;
        }
    }

    private final ProcedureSet.Member member;
    private final SitePlace place;
    private final Optional<Compilation> compiled;
    private final Optional<Failure> failure;
    private final boolean rendered;
    private final Map<String, SiteFile> files;
    private final Map<String, PrintedText> printed;
    private final Optional<ProcedureListRenderer.Listed> listed;
    private final List<Diagnostic> late;
    private final Supplier<ProcedureBuild> rest; // null once complete
    private ProcedureBuild made; // guarded by this

    private ProcedureBuild(
            ProcedureSet.Member member,
            SitePlace place,
            Optional<Compilation> compiled,
            Optional<Failure> failure,
            boolean rendered,
            Map<String, SiteFile> files,
            Map<String, PrintedText> printed,
            Optional<ProcedureListRenderer.Listed> listed,
            List<Diagnostic> late,
            Supplier<ProcedureBuild> rest) {
        this.member = member;
        this.place = place;
        this.compiled = compiled;
        this.failure = failure;
        this.rendered = rendered;
        this.files = Map.copyOf(files);
        this.printed = Map.copyOf(printed);
        this.listed = listed;
        this.late = List.copyOf(late);
        this.rest = rest;
    }

    /** A procedure whose file could not be read, or is not there. */
    static ProcedureBuild unread(ProcedureSet.Member member, SitePlace place, Failure failure) {
        return notRendered(member, place, Optional.empty(), Optional.of(failure));
    }

    /** A procedure checked, and not rendered: it has an error, or the set cannot be built. */
    static ProcedureBuild checked(ProcedureSet.Member member, SitePlace place, Compilation compiled) {
        return notRendered(member, place, Optional.of(compiled), Optional.empty());
    }

    /** A procedure checked whose pages could not be made. */
    static ProcedureBuild failed(ProcedureSet.Member member, SitePlace place, Compilation compiled, Failure failure) {
        return notRendered(member, place, Optional.of(compiled), Optional.of(failure));
    }

    private static ProcedureBuild notRendered(
            ProcedureSet.Member member, SitePlace place, Optional<Compilation> compiled, Optional<Failure> failure) {
        return new ProcedureBuild(
                member, place, compiled, failure, false, Map.of(), Map.of(), Optional.empty(), List.of(), null);
    }

    /**
     * A procedure whose pages are made.
     *
     * @param pages named as in its folder ({@code decision.html})
     * @param printed the text of each of its PDFs, read back, by the same names ({@code tutorial.pdf})
     * @param late what only its pages tell (W006, once the PDF is counted)
     * @param rest its slow outputs, still to make; null when {@code pages} are all of them
     */
    static ProcedureBuild rendered(
            ProcedureSet.Member member,
            SitePlace place,
            Compilation compiled,
            Map<String, SiteFile> pages,
            Map<String, PrintedText> printed,
            Optional<ProcedureListRenderer.Listed> listed,
            List<Diagnostic> late,
            Supplier<ProcedureBuild> rest) {
        Map<String, SiteFile> files = new TreeMap<>();
        pages.values().forEach(f -> files.put(place.nameInSite(f.name()), f.renamed(place.nameInSite(f.name()))));
        return new ProcedureBuild(
                member, place, Optional.of(compiled), Optional.empty(), true, files, printed, listed, late, rest);
    }

    public ProcedureSet.Member member() {
        return member;
    }

    /** Where its pages go in the site: its folder among several, or the root. */
    public SitePlace place() {
        return place;
    }

    /** The file's name as the user typed it. */
    public String displayName() {
        return member.file().displayName();
    }

    /** What its check found; empty when the file could not be read. */
    public Optional<Compilation> compiled() {
        return compiled;
    }

    /** The checked procedure, when it has no error. */
    public Optional<Procedure> procedure() {
        return compiled.flatMap(Compilation::procedure);
    }

    public Optional<Failure> failure() {
        return failure;
    }

    /** Whether its pages are made ({@link #files()}). */
    public boolean rendered() {
        return rendered;
    }

    /** Its pages, named as in the site ({@code connexion/decision.html}); none unless {@link #rendered()}. */
    public Map<String, SiteFile> files() {
        return files;
    }

    /** The page count of its sheet, once the sheet's PDF is made. */
    public Optional<PrintedPages> printed() {
        return printedText(SiteRenderer.PDF).map(text -> new PrintedPages(text.pages()));
    }

    /** The text of its PDF named {@code name} ({@code poster.pdf}) read back, once that PDF is made. */
    public Optional<PrintedText> printedText(String name) {
        return Optional.ofNullable(printed.get(name));
    }

    /** What the list at the root of a site of several shows of it; nothing in a site of one. */
    public Optional<ProcedureListRenderer.Listed> listed() {
        return listed;
    }

    /** Every diagnostic of its file: its check's (E035 and W007 included), then what its pages told (W006). */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all =
                new ArrayList<>(compiled.map(Compilation::diagnostics).orElse(List.of()));
        all.addAll(late);
        return all;
    }

    /** What only its made pages tell: W006, once the PDF is counted. */
    public List<Diagnostic> late() {
        return late;
    }

    /** Whether every output is made (or none will be). */
    public boolean complete() {
        return rest == null;
    }

    /** The procedure with every output, or the failure that stopped them; made once, by the first that asks. */
    public synchronized ProcedureBuild finish() {
        if (rest == null) {
            return this;
        }
        if (made == null) {
            made = rest.get();
        }
        return made;
    }
}
