package org.procsite.load;

import java.util.List;

/** The procedure file's name as the user gave it, and its lines, for messages with a caret. */
public record SourceText(String name, List<String> lines) {

    public SourceText {
        lines = List.copyOf(lines);
    }

    public static SourceText of(String name, String text) {
        return new SourceText(name, text.lines().toList());
    }
}
