package org.procsite.check;

import java.util.Set;
import java.util.function.Consumer;
import org.procsite.check.CheckContext.Graph;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.model.NodeType;

/** E020, E021: from the start, a proctor can reach both a success and an escalation. */
final class EndsReachable implements Rule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.NO_SUCCESS, Code.NO_ESCALATION);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        if (!context.graphComplete()) {
            return; // see CheckContext.graphComplete(): the broken reference is the problem to report
        }
        Graph graph = context.graph;
        boolean success = false;
        boolean escalation = false;
        for (int i = 0; i < graph.size(); i++) {
            if (context.analysis().isReachable(i)) {
                NodeType type = context.typeOf(graph.nodes.get(i)).orElse(null);
                success |= type == NodeType.SUCCESS;
                escalation |= type == NodeType.ESCALATION;
            }
        }
        if (!success) {
            report.accept(Diagnostic.of(
                    Code.NO_SUCCESS,
                    context.draft.start().pos(),
                    "no success end can be reached from the start",
                    "add a node of type success (e.g. the student is logged in) and lead to it"));
        }
        if (!escalation) {
            report.accept(Diagnostic.of(
                    Code.NO_ESCALATION,
                    context.draft.start().pos(),
                    "no escalation end can be reached from the start: the last resort is missing",
                    "add a node of type escalation with a contact, and lead to it when all else fails"));
        }
    }
}
