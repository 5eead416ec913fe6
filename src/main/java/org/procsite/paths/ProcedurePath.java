package org.procsite.paths;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One way through the procedure, from the start to an end: the nodes, and the answer given at
 * each question ({@code null} after a step or a wait, which have one way on).
 */
public record ProcedurePath(List<Hop> hops, String endType) {

    public ProcedurePath {
        hops = List.copyOf(hops);
    }

    /** A node on the path, and the answer chosen there, if it is a question. */
    public record Hop(String node, String answer) {}

    /**
     * The path as one line: {@code a --[Oui]--> b --> c}. The same path always reads the same,
     * so two revisions can be compared line by line.
     */
    public String describe() {
        StringBuilder out = new StringBuilder(hops.get(0).node());
        for (int i = 1; i < hops.size(); i++) {
            String answer = hops.get(i - 1).answer();
            out.append(answer == null ? " --> " : " --[" + answer + "]--> ")
                    .append(hops.get(i).node());
        }
        return out.toString();
    }

    /** Only the answers, which is how a proctor tells paths apart. */
    public String answers() {
        return hops.stream().map(Hop::answer).filter(a -> a != null).collect(Collectors.joining(" / "));
    }
}
