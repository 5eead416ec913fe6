package org.procsite.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.procsite.check.SharedContacts;
import org.procsite.diag.Diagnostic;

/**
 * The procedures of a {@link ProcedureSet} loaded and checked: the shared contacts file's own
 * problems, then each procedure's, each set in its own file.
 *
 * @param contacts the shared {@code contacts.yaml} checked on its own, when there is one
 * @param procedures one per procedure of the set, in its order
 */
public record SetCompilation(ProcedureSet set, Optional<SharedContacts.Checked> contacts, List<Entry> procedures) {

    /** One procedure of the set, and what its check found. */
    public record Entry(ProcedureSet.Member member, Compilation compilation) {}

    public SetCompilation {
        procedures = List.copyOf(procedures);
    }

    /** Every diagnostic: the shared contacts file's first, then each procedure's in the set's order. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>();
        contacts.ifPresent(c -> all.addAll(c.diagnostics()));
        procedures.forEach(e -> all.addAll(e.compilation().diagnostics()));
        return all;
    }

    /** True when no file has an error: then every procedure is there, and the site can be built. */
    public boolean valid() {
        return diagnostics().stream().noneMatch(Diagnostic::isError);
    }

    /** The same, each procedure's compilation replaced by {@code change}'s (one with a warning added). */
    public SetCompilation map(UnaryOperator<Entry> change) {
        return new SetCompilation(set, contacts, procedures.stream().map(change).toList());
    }
}
