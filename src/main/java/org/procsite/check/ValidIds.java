package org.procsite.check;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.DidYouMean;
import org.procsite.load.Draft.DraftContact;
import org.procsite.load.Draft.Scalar;

/** E016: node, contact and section ids are lower-case letters, digits and dashes, so they work in URLs. */
final class ValidIds implements Rule {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    @Override
    public Set<Code> codes() {
        return Set.of(Code.BAD_ID);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        context.draft.nodes().forEach(n -> checkId(n.id(), "node", report));
        checkContacts(context.draft.contacts(), report);
        context.draft.sections().forEach(s -> checkId(s.id(), "section", report));
    }

    /** The ids of contacts, a procedure's own or those of a shared contacts file. */
    static void checkContacts(List<DraftContact> contacts, Consumer<Diagnostic> report) {
        contacts.forEach(c -> checkId(c.id(), "contact", report));
    }

    private static void checkId(Scalar id, String what, Consumer<Diagnostic> report) {
        if (id != null && !ID.matcher(id.text()).matches()) {
            report.accept(Diagnostic.of(
                    Code.BAD_ID,
                    id.pos(),
                    what + " id '" + id.text() + "' may only hold lower-case letters, digits and dashes",
                    "for example '" + suggestion(id.text()) + "'"));
        }
    }

    /** A valid id close to the written one. */
    static String suggestion(String id) {
        String dashed = DidYouMean.validId(id);
        return dashed.isEmpty() ? "node-1" : dashed;
    }
}
