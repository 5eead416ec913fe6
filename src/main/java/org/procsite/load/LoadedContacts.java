package org.procsite.load;

import java.util.List;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.SourceText;
import org.procsite.load.Draft.DraftContact;

/**
 * What loading a shared {@code contacts.yaml} gave: its source, the contacts it holds, and the
 * problems found on the way, each set in {@code source}. {@code whole} is false when a problem
 * left a contact out, so that a procedure naming it is not blamed for it.
 */
public record LoadedContacts(
        SourceText source, List<DraftContact> contacts, boolean whole, List<Diagnostic> diagnostics) {

    public LoadedContacts {
        contacts = List.copyOf(contacts);
        diagnostics = diagnostics.stream().map(d -> d.in(source)).toList();
    }
}
