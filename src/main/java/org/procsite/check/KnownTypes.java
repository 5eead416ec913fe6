package org.procsite.check;

import java.util.Set;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.DidYouMean;
import org.procsite.load.Draft.DraftNode;
import org.procsite.model.NodeType;

/** E022: a node's type is one of question, step, wait, success, escalation. */
final class KnownTypes implements Rule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.UNKNOWN_TYPE);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (DraftNode node : context.draft.nodes()) {
            if (node.type() != null && context.typeOf(node).isEmpty()) {
                String typed = node.type().text();
                report.accept(Diagnostic.of(
                        Code.UNKNOWN_TYPE,
                        node.type().pos(),
                        "unknown node type '" + typed + "'" + DidYouMean.suffix(typed, NodeType.names()),
                        "the types are: " + String.join(", ", NodeType.names())));
            }
        }
    }
}
