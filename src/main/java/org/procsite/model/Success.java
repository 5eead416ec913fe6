package org.procsite.model;

import java.util.List;
import java.util.Optional;

/** The good end: the student is logged in. */
public record Success(
        String id, int number, String title, Optional<String> text, Optional<String> section, SourcePos pos)
        implements Node {

    @Override
    public List<String> successors() {
        return List.of();
    }

    @Override
    public NodeType type() {
        return NodeType.SUCCESS;
    }
}
