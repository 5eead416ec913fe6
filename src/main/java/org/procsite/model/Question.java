package org.procsite.model;

import java.util.List;
import java.util.Optional;

/** A question whose answers lead to different nodes. */
public record Question(
        String id,
        int number,
        String title,
        Optional<String> text,
        Optional<String> section,
        SourcePos pos,
        List<Choice> choices)
        implements Node {

    public Question {
        choices = List.copyOf(choices);
    }

    @Override
    public List<String> successors() {
        return choices.stream().map(Choice::next).toList();
    }

    @Override
    public NodeType type() {
        return NodeType.QUESTION;
    }
}
