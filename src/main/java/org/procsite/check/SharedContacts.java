package org.procsite.check;

import java.util.List;
import java.util.Optional;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.SourceText;
import org.procsite.load.Draft.DraftContact;
import org.procsite.model.SourcePos;

/**
 * The contacts that the procedures of one folder share ({@code contacts.yaml}), as a procedure's
 * check sees them: a procedure may name any of them, and its own {@code contacts:} may add to
 * them or override one by its id.
 *
 * @param fileName the shared file's name as the user sees it, to say where a contact comes from
 * @param contacts the contacts it holds, each with its position in that file
 * @param whole false when a problem in the file left a contact out: a procedure naming a
 *     contact that is not there is then not blamed for it (the file's problem is reported)
 */
public record SharedContacts(String fileName, List<DraftContact> contacts, boolean whole) {

    /** No shared contacts: a procedure on its own. */
    public static final SharedContacts NONE = new SharedContacts("", List.of(), true);

    public SharedContacts {
        contacts = List.copyOf(contacts);
    }

    public Optional<DraftContact> find(String id) {
        return contacts.stream().filter(c -> c.id().text().equals(id)).findFirst();
    }

    /** Where the shared contact {@code id} is written in the shared file, if it is there. */
    public Optional<SourcePos> position(String id) {
        return find(id).map(c -> c.id().pos());
    }

    /** The shared file checked on its own: its text, its problems (set in it), and its contacts for the procedures. */
    public record Checked(SourceText source, List<Diagnostic> diagnostics, SharedContacts contacts) {

        public Checked {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }
}
