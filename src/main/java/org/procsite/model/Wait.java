package org.procsite.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Waiting for something that happens on the clock: every {@code everyMinutes} minutes past
 * the hour (15 gives :00, :15, :30, :45). {@code everyMinutes} divides 60.
 */
public record Wait(
        String id,
        int number,
        String title,
        Optional<String> text,
        Optional<String> section,
        SourcePos pos,
        List<String> steps,
        int everyMinutes,
        String next)
        implements Node {

    public Wait {
        steps = List.copyOf(steps);
        if (everyMinutes < 1 || 60 % everyMinutes != 0) {
            throw new IllegalArgumentException("every_minutes must divide 60: " + everyMinutes);
        }
    }

    /** The minutes past the hour at which the update happens, e.g. [0, 15, 30, 45]. */
    public List<Integer> slots() {
        return IntStream.iterate(0, m -> m < 60, m -> m + everyMinutes).boxed().toList();
    }

    @Override
    public List<String> successors() {
        return List.of(next);
    }

    @Override
    public NodeType type() {
        return NodeType.WAIT;
    }
}
