package org.procsite.check;

import java.util.List;
import java.util.Optional;
import org.procsite.diag.Diagnostic;
import org.procsite.model.Procedure;

/**
 * Every problem found, in reading order, and the procedure when there is no error among them
 * (warnings allowed).
 *
 * @param drilled the procedure also when its only errors are its drills' (E036 to E041): its
 *     graph is sound, so {@code paths} can show where each drill goes now. It is never rendered:
 *     only {@link #procedure()} is.
 */
public record CheckResult(List<Diagnostic> diagnostics, Optional<Procedure> procedure, Optional<Procedure> drilled) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        if (procedure.isPresent() && drilled.isEmpty()) {
            drilled = procedure;
        }
    }

    public CheckResult(List<Diagnostic> diagnostics, Optional<Procedure> procedure) {
        this(diagnostics, procedure, procedure);
    }
}
