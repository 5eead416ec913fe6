package org.procsite.load;

import java.util.List;
import java.util.Optional;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.SourceText;
import org.procsite.load.Draft.DraftProcedure;

/**
 * What loading gave: the source (for messages), the draft if the file could be read as a
 * procedure at all, and the problems found on the way, each set in {@code source}.
 * {@code draftWhole} is true when no problem left a part of the file out of the draft (the
 * graph rules hold back what a missing part would only echo: see {@code CheckContext}).
 */
public record LoadResult(
        SourceText source, Optional<DraftProcedure> draft, boolean draftWhole, List<Diagnostic> diagnostics) {

    public LoadResult {
        diagnostics = diagnostics.stream().map(d -> d.in(source)).toList();
    }
}
