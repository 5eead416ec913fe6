package org.procsite.check;

import java.util.Set;
import java.util.function.Consumer;
import org.procsite.check.CheckContext.Graph;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;

/**
 * E010: every node can be reached from 'start'; otherwise no proctor will ever see it. Checked
 * once every way on resolves (see {@link CheckContext#graphComplete()}).
 */
final class Reachability implements Rule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.UNREACHABLE_NODE);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        if (!context.graphComplete()) {
            return; // a missing or broken way on is reported on its own; what it cuts off would only echo it
        }
        Graph graph = context.graph;
        GraphAnalysis analysis = context.analysis();
        for (int i = 0; i < graph.size(); i++) {
            if (!analysis.isReachable(i)) {
                String id = graph.nodes.get(i).id().text();
                report.accept(Diagnostic.of(
                        Code.UNREACHABLE_NODE,
                        graph.nodes.get(i).id().pos(),
                        "node '" + id + "' cannot be reached from the start",
                        "point a 'next' to '" + id + "', or remove the node"));
            }
        }
    }
}
