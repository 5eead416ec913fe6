package org.procsite.model;

import java.util.List;

/**
 * A situation the procedure must handle, written by its maintainers under {@code drills:}: the
 * labels a proctor taps at each question, in order, and the node where it must end. Steps and
 * waits go on by themselves. {@link DrillWalk} says where a drill goes.
 *
 * @param pos where the drill's name stands: the drill's line, where a drill that ends elsewhere is reported
 */
public record Drill(String name, List<String> answers, String ends, SourcePos pos) {

    public Drill {
        answers = List.copyOf(answers);
    }
}
