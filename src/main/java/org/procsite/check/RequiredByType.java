package org.procsite.check;

import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Draft.DraftNode;

/** E007 for keys one type requires: a wait's 'every_minutes', an escalation's 'contact'. */
final class RequiredByType implements Rule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (DraftNode node : context.draft.nodes()) {
            NodeType type = context.typeOf(node).orElse(null);
            if (node.hasUnknownKeys()) {
                continue; // the missing key may be the mistyped one, reported with its did-you-mean
            }
            if (type == NodeType.WAIT && node.everyMinutes() == null) {
                report.accept(Diagnostic.of(Code.MISSING_KEY, node.id().pos(),
                        "wait '" + node.id().text() + "' is missing required key 'every_minutes'",
                        "add 'every_minutes: 15' (or another divisor of 60)"));
            }
            if (type == NodeType.ESCALATION && node.contact() == null) {
                report.accept(Diagnostic.of(Code.MISSING_KEY, node.id().pos(),
                        "escalation '" + node.id().text() + "' is missing required key 'contact'",
                        "add 'contact:' with the id of one of the contacts"));
            }
        }
    }
}
