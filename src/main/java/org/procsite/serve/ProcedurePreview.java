package org.procsite.serve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procsite.diag.Diagnostic;
import org.procsite.model.Procedure;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.render.SiteFile;
import org.procsite.render.SitePlace;

/**
 * One procedure of the preview as its latest build left it: its pages, or the page that says
 * what is wrong with it. Made from the {@link org.procsite.pipeline.ProcedureBuild} of the
 * pipeline's plan, which a build after a save keeps for the procedures not saved since.
 *
 * @param member which procedure; its pages go in the folder of {@code place}
 * @param files its pages, named as in the site ({@code connexion/decision.html}); none with a problem
 * @param problemPage shown instead of each of its HTML pages while it has a problem
 * @param lang the language of its pages, or the one its file declares
 * @param procedure the checked procedure, when it is valid and the shared contacts too
 * @param diagnostics its own diagnostics, warnings included, W006 once the PDF is made
 * @param late those only its made pages tell (W006), said when its slow outputs are made
 * @param failure what went wrong when the file is missing or the pages could not be made
 */
public record ProcedurePreview(
        ProcedureSet.Member member,
        SitePlace place,
        Map<String, SiteFile> files,
        Optional<String> problemPage,
        String lang,
        Optional<Procedure> procedure,
        List<Diagnostic> diagnostics,
        List<Diagnostic> late,
        Optional<String> failure) {

    public ProcedurePreview {
        files = Map.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        late = List.copyOf(late);
    }

    /** A procedure that shows {@code page} instead of its pages. */
    static ProcedurePreview problem(
            ProcedureSet.Member member,
            SitePlace place,
            String page,
            String lang,
            List<Diagnostic> diagnostics,
            List<Diagnostic> late,
            Optional<String> failure) {
        return new ProcedurePreview(
                member, place, Map.of(), Optional.of(page), lang, Optional.empty(), diagnostics, late, failure);
    }

    public boolean ok() {
        return problemPage.isEmpty();
    }

    /** The file's name as the user typed it. */
    public String displayName() {
        return member.file().displayName();
    }
}
