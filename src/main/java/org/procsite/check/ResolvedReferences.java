package org.procsite.check;

import java.util.Set;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.DidYouMean;
import org.procsite.load.Draft.DraftChoice;
import org.procsite.load.Draft.DraftNode;
import org.procsite.load.Draft.Scalar;

/** E006: 'start', every 'next', 'contact' and 'section' names something that exists. */
final class ResolvedReferences implements Rule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Set<String> nodeIds = context.nodes.keySet();
        resolve(context.draft.start(), "start", nodeIds, "a node", report);
        for (DraftNode node : context.draft.nodes()) {
            resolve(node.next(), "next", nodeIds, "a node", report);
            if (node.choices() != null) {
                for (DraftChoice choice : node.choices()) {
                    resolve(choice.next(), "next", nodeIds, "a node", report);
                }
            }
            resolve(node.contact(), "contact", context.contacts.keySet(), "a contact", report);
            resolve(node.section(), "section", context.sections.keySet(), "a section", report);
        }
    }

    private static void resolve(Scalar ref, String key, Set<String> ids, String what, Consumer<Diagnostic> report) {
        if (ref == null || ids.contains(ref.text())) {
            return;
        }
        String message = "'" + key + "' points to '" + ref.text() + "', which is not " + what
                + DidYouMean.suffix(ref.text(), ids);
        String hint = ids.isEmpty()
                ? "define " + what + " with this id first"
                : "use the id of " + what + " defined in the file, or define '" + ref.text() + "'";
        report.accept(Diagnostic.of(Code.DANGLING_REFERENCE, ref.pos(), message, hint));
    }
}
