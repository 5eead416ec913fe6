package org.procsite.check;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Looked up for every node by several rules: a map, not a scan of values(). */
    private static final Map<String, NodeType> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(t -> t.yamlName, t -> t));

    static Optional<NodeType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static List<String> names() {
        return Arrays.stream(values()).map(t -> t.yamlName).toList();
    }
}
