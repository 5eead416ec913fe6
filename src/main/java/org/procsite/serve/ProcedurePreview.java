package org.procsite.serve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.procsite.diag.Diagnostic;
import org.procsite.model.Procedure;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.render.SiteFile;
import org.procsite.render.SitePlace;
import org.procsite.render.decision.ProcedureListRenderer;

/**
 * One procedure of the preview as its latest build left it: its pages, or the page that says
 * what is wrong with it. A build after a save keeps, as they are, the previews of the procedures
 * not saved since.
 *
 * @param member which procedure; its pages go in the folder of {@code place}
 * @param files its pages, named as in the site ({@code connexion/decision.html}); none with a problem
 * @param problemPage shown instead of each of its HTML pages while it has a problem
 * @param lang the language of its pages, or the one its file declares
 * @param procedure the checked procedure, when it is valid and the shared contacts too
 * @param diagnostics its own diagnostics, warnings included
 * @param failure what went wrong when the file is missing or the pages could not be made
 * @param listed what the list at the root of a site of several shows of it, once its pages are made
 * @param rest its slow outputs (the PDF), while they are still to make
 */
public record ProcedurePreview(
        ProcedureSet.Member member,
        SitePlace place,
        Map<String, SiteFile> files,
        Optional<String> problemPage,
        String lang,
        Optional<Procedure> procedure,
        List<Diagnostic> diagnostics,
        Optional<String> failure,
        Optional<ProcedureListRenderer.Listed> listed,
        Optional<Rest> rest) {

    public ProcedurePreview {
        files = Map.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A procedure whose pages are made; {@code pages} named as in its folder. */
    static ProcedurePreview rendered(
            ProcedureSet.Member member,
            SitePlace place,
            Map<String, SiteFile> pages,
            Procedure procedure,
            List<Diagnostic> diagnostics,
            Optional<ProcedureListRenderer.Listed> listed,
            Optional<Rest> rest) {
        Map<String, SiteFile> files = new TreeMap<>();
        pages.values().forEach(f -> files.put(place.nameInSite(f.name()), f.renamed(place.nameInSite(f.name()))));
        return new ProcedurePreview(
                member,
                place,
                files,
                Optional.empty(),
                procedure.lang(),
                Optional.of(procedure),
                diagnostics,
                Optional.empty(),
                listed,
                rest);
    }

    /** A procedure that shows {@code page} instead of its pages. */
    static ProcedurePreview problem(
            ProcedureSet.Member member,
            SitePlace place,
            String page,
            String lang,
            List<Diagnostic> diagnostics,
            Optional<String> failure) {
        return new ProcedurePreview(
                member,
                place,
                Map.of(),
                Optional.of(page),
                lang,
                Optional.empty(),
                diagnostics,
                failure,
                Optional.empty(),
                Optional.empty());
    }

    public boolean ok() {
        return problemPage.isEmpty();
    }

    /** The file's name as the user typed it. */
    public String displayName() {
        return member.file().displayName();
    }

    /**
     * The slow outputs of one procedure's pages, made at most once: by the first build that asks
     * for them, and handed to any later build that kept this procedure meanwhile.
     */
    public static final class Rest {
        private final Supplier<ProcedurePreview> make;
        private ProcedurePreview made; // guarded by this

        Rest(Supplier<ProcedurePreview> make) {
            this.make = make;
        }

        /** The procedure with every output, or the page that says why they could not be made. */
        synchronized ProcedurePreview made() {
            if (made == null) {
                made = make.get();
            }
            return made;
        }
    }
}
