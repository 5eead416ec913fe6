package org.procsite.model;

import java.util.List;
import java.util.Optional;

/** The last resort: call someone. */
public record Escalation(
        String id,
        int number,
        String title,
        Optional<String> text,
        Optional<String> section,
        SourcePos pos,
        Contact contact)
        implements Node {

    @Override
    public List<String> successors() {
        return List.of();
    }

    @Override
    public NodeType type() {
        return NodeType.ESCALATION;
    }
}
