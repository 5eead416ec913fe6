package org.procsite.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The node types of the format, with the keys each one may have. */
enum NodeType {
    QUESTION("question", Set.of("choices")),
    STEP("step", Set.of("steps", "next")),
    WAIT("wait", Set.of("steps", "every_minutes", "next")),
    SUCCESS("success", Set.of()),
    ESCALATION("escalation", Set.of("contact"));

    /** Keys every node may have. */
    static final Set<String> COMMON_KEYS = Set.of("type", "section", "title", "text");

    final String yamlName;
    private final Set<String> ownKeys;

    NodeType(String yamlName, Set<String> ownKeys) {
        this.yamlName = yamlName;
        this.ownKeys = ownKeys;
    }

    boolean allows(String key) {
        return COMMON_KEYS.contains(key) || ownKeys.contains(key);
    }

    /** "a question", "an escalation": the type with its article, for messages. */
    String article() {
        return (this == ESCALATION ? "an " : "a ") + yamlName;
    }

    boolean isEnd() {
        return this == SUCCESS || this == ESCALATION;
    }

    static Optional<NodeType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(t -> t.yamlName).toList();
    }
}
