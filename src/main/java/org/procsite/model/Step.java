package org.procsite.model;

import java.util.List;
import java.util.Optional;

/** Something to do, possibly as a checklist, then one way on. */
public record Step(
        String id,
        int number,
        String title,
        Optional<String> text,
        Optional<String> section,
        SourcePos pos,
        List<String> steps,
        String next)
        implements Node {

    public Step {
        steps = List.copyOf(steps);
    }

    @Override
    public List<String> successors() {
        return List.of(next);
    }

    @Override
    public NodeType type() {
        return NodeType.STEP;
    }
}
