package org.procsite.check;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.procsite.check.CheckContext.Graph;
import org.procsite.check.GraphAnalysis.Cycle;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;

/**
 * E011: no path comes back to a node it passed, or a proctor could go round for ever. Reported
 * at the reference that closes the loop, with the loop spelled out.
 */
final class NoCycles implements Rule {

    /** Long loops are shortened in the message; the position still points at the closing reference. */
    private static final int MAX_SHOWN = 12;

    @Override
    public Set<Code> codes() {
        return Set.of(Code.CYCLE);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Graph graph = context.graph;
        for (Cycle cycle : context.analysis().cycles()) {
            Stream<String> ids =
                    cycle.path().stream().map(i -> graph.nodes.get(i).id().text());
            String loop = cycle.path().size() <= MAX_SHOWN
                    ? ids.collect(Collectors.joining(" -> "))
                    : ids.limit(MAX_SHOWN / 2).collect(Collectors.joining(" -> ")) + " -> ... -> "
                            + graph.nodes
                                    .get(cycle.path().get(cycle.path().size() - 1))
                                    .id()
                                    .text();
            String first = graph.nodes.get(cycle.path().get(0)).id().text();
            report.accept(Diagnostic.of(
                    Code.CYCLE,
                    cycle.closing().reference().pos(),
                    "cycle: " + loop + " -> " + first,
                    "a procedure only moves forward: point this 'next' to a node further on, or to an end"));
        }
    }
}
