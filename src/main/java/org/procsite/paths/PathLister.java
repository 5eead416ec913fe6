package org.procsite.paths;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.procsite.model.Node;
import org.procsite.model.Procedure;
import org.procsite.model.Question;

/**
 * Lists the paths of a checked (so acyclic) procedure in a stable order: depth first, answers
 * in the order they are written. Only the {@code paths} command enumerates; the checker counts.
 */
public final class PathLister {

    private PathLister() {}

    /** At most {@code limit} paths, the first in order. */
    public static List<ProcedurePath> list(Procedure procedure, long limit) {
        List<ProcedurePath> paths = new ArrayList<>();
        Deque<ProcedurePath.Hop> trail = new ArrayDeque<>();
        // Iterative DFS: each frame is a node and the index of the next way on to try.
        Deque<int[]> frames = new ArrayDeque<>();
        List<Node> nodesOnTrail = new ArrayList<>();
        nodesOnTrail.add(procedure.startNode());
        frames.push(new int[] {0});
        while (!frames.isEmpty() && paths.size() < limit) {
            Node node = nodesOnTrail.get(nodesOnTrail.size() - 1);
            int[] frame = frames.peek();
            List<String> successors = node.successors();
            if (node.isEnd()) {
                List<ProcedurePath.Hop> hops = new ArrayList<>(trail);
                Collections.reverse(hops);
                hops.add(new ProcedurePath.Hop(node.id(), null));
                paths.add(new ProcedurePath(hops, node.typeName()));
            }
            if (frame[0] < successors.size()) {
                int i = frame[0]++;
                String answer = switch (node.type()) {
                    case QUESTION -> ((Question) node).choices().get(i).label();
                    case STEP, WAIT, SUCCESS, ESCALATION -> null; // one way on, no answer
                };
                trail.push(new ProcedurePath.Hop(node.id(), answer));
                nodesOnTrail.add(procedure.node(successors.get(i)));
                frames.push(new int[] {0});
            } else {
                frames.pop();
                nodesOnTrail.remove(nodesOnTrail.size() - 1);
                if (!trail.isEmpty()) {
                    trail.pop();
                }
            }
        }
        return paths;
    }
}
