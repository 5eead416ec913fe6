package org.procsite.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.procsite.check.CheckContext.Graph;
import org.procsite.check.CheckContext.Graph.Edge;
import org.procsite.model.PathCounts;

/**
 * One depth-first search from the start node, without recursion (a 100k-node chain must not
 * overflow the stack): which nodes are reachable, which references close a cycle, and, when
 * there is no cycle, how many paths lead from each node to an end. Linear in nodes + edges,
 * plus the cost of BigInteger additions.
 */
final class GraphAnalysis {

    /** A reference that goes back to a node on the current path; {@code path} runs from that node to the referrer. */
    record Cycle(Edge closing, List<Integer> path) {}

    private final boolean[] reachable;
    private final List<Cycle> cycles;
    private final int[] postorder;

    private GraphAnalysis(boolean[] reachable, List<Cycle> cycles, int[] postorder) {
        this.reachable = reachable;
        this.cycles = cycles;
        this.postorder = postorder;
    }

    static GraphAnalysis of(Graph graph, Integer start) {
        int n = graph.size();
        boolean[] reachable = new boolean[n];
        List<Cycle> cycles = new ArrayList<>();
        int[] postorder = new int[n];
        int done = 0;
        if (start != null) {
            byte[] color = new byte[n]; // 0 unseen, 1 on the current path, 2 finished
            int[] stack = new int[n];
            int[] nextEdge = new int[n];
            int[] depthOf = new int[n];
            int depth = 0;
            stack[depth++] = start;
            color[start] = 1;
            reachable[start] = true;
            while (depth > 0) {
                int node = stack[depth - 1];
                List<Edge> edges = graph.out.get(node);
                if (nextEdge[node] < edges.size()) {
                    Edge edge = edges.get(nextEdge[node]++);
                    int target = edge.target();
                    if (color[target] == 0) {
                        color[target] = 1;
                        reachable[target] = true;
                        depthOf[target] = depth;
                        stack[depth++] = target;
                    } else if (color[target] == 1) {
                        List<Integer> path = new ArrayList<>();
                        for (int i = depthOf[target]; i < depth; i++) {
                            path.add(stack[i]);
                        }
                        cycles.add(new Cycle(edge, path));
                    }
                } else {
                    color[node] = 2;
                    postorder[done++] = node;
                    depth--;
                }
            }
        }
        return new GraphAnalysis(reachable, cycles, Arrays.copyOf(postorder, done));
    }

    boolean isReachable(int node) {
        return reachable[node];
    }

    List<Cycle> cycles() {
        return cycles;
    }

    /**
     * Paths from the start to an end, by kind of end; empty while the graph has a cycle.
     *
     * @param endKind for each node: +1 success, -1 escalation, 0 not an end
     */
    Optional<PathCounts> pathCounts(Graph graph, int[] endKind, int start) {
        if (!cycles.isEmpty()) {
            return Optional.empty();
        }
        BigInteger[] success = new BigInteger[graph.size()];
        BigInteger[] escalation = new BigInteger[graph.size()];
        // How many references still have to read each count; at zero it is dropped. Counts can be
        // numbers of thousands of digits (a chain of n questions has 2^n paths): keeping every
        // one would hold gigabytes, keeping the live ones holds a few.
        int[] readersLeft = new int[graph.size()];
        for (int node : postorder) {
            for (Edge edge : graph.out.get(node)) {
                readersLeft[edge.target()]++;
            }
        }
        readersLeft[start]++; // read once more, at the end
        for (int node : postorder) { // successors come first in postorder
            BigInteger s = endKind[node] > 0 ? BigInteger.ONE : BigInteger.ZERO;
            BigInteger e = endKind[node] < 0 ? BigInteger.ONE : BigInteger.ZERO;
            for (Edge edge : graph.out.get(node)) {
                int target = edge.target();
                s = s.add(success[target]);
                e = e.add(escalation[target]);
                if (--readersLeft[target] == 0) {
                    success[target] = null;
                    escalation[target] = null;
                }
            }
            success[node] = s;
            escalation[node] = e;
        }
        return Optional.of(new PathCounts(success[start], escalation[start]));
    }
}
