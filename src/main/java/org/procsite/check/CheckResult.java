package org.procsite.check;

import java.util.List;
import java.util.Optional;
import org.procsite.diag.Diagnostic;
import org.procsite.model.Procedure;

/**
 * Every problem found, in reading order, and the procedure when there is no error among them
 * (warnings allowed).
 */
public record CheckResult(List<Diagnostic> diagnostics, Optional<Procedure> procedure) {

    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
