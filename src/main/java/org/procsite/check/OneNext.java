package org.procsite.check;

import java.util.Set;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Draft.DraftNode;
import org.procsite.model.NodeType;

/** E014: a step or a wait leads on to exactly one node, through 'next'. */
final class OneNext implements Rule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.MISSING_NEXT);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (DraftNode node : context.draft.nodes()) {
            NodeType type = context.typeOf(node).orElse(null);
            if (type == null || CheckContext.wayOn(type) != CheckContext.WayOn.NEXT || node.next() != null) {
                continue;
            }
            if (!node.has("next")) {
                if (!context.mayReportMissing(node)) {
                    continue;
                }
                report.accept(Diagnostic.of(
                        Code.MISSING_NEXT,
                        node.id().pos(),
                        type.yamlName() + " '" + node.id().text() + "' has no 'next': the procedure stops here",
                        "add 'next:' with the node that follows, or make this node a success or escalation"));
            } else {
                report.accept(Diagnostic.of(
                        Code.MISSING_NEXT,
                        node.keys().get("next"),
                        type.yamlName() + " '" + node.id().text() + "' has an empty 'next'",
                        "write the id of the node that follows after 'next:'"));
            }
        }
    }
}
