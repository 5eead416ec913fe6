package org.procsite.model;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one definition of each node type, read by every stage: the loader (which keys a node may
 * have, which it must have), the checker, the records' {@link Node#type()}, the schema test, the
 * pages ({@code data-type}, the CSS class, the {@code sheet.kind.*} words) and the flowchart's
 * colours. A new type is one entry here, its record, and how each output draws it.
 */
public enum NodeType {
    QUESTION("question", List.of("choices"), List.of("choices"), new Colours("#1f4fa8", "#123166", "#e6efff")),
    STEP("step", List.of("steps", "next"), List.of("next"), new Colours("#3a3f45", "#111", "#fff")),
    WAIT(
            "wait",
            List.of("steps", "every_minutes", "next"),
            List.of("every_minutes", "next"),
            new Colours("#9a6700", "#3d2900", "#fff6dc")),
    SUCCESS("success", List.of(), List.of(), new Colours("#1b7a36", "#0d3d1b", "#dcf3e1")),
    ESCALATION("escalation", List.of("contact"), List.of("contact"), new Colours("#b3001b", "#6e0010", "#b3001b"));

    /** Keys every node has or may have, whatever its type, in the order the format lists them. */
    public static final List<String> COMMON_KEYS = List.of("type", "section", "title", "text");

    /** Keys every node must have. */
    public static final List<String> COMMON_REQUIRED_KEYS = List.of("type", "title");

    /** Every key a node may have: the common ones, then each type's own, in the order of the types. */
    public static final List<String> ALL_KEYS = allKeys();

    /**
     * The colours of a type, the same on the printed sheet, in the flowchart and in its legend.
     *
     * @param main the type's colour: the step number's column, the compact map's box, the legend
     * @param dark the border of the compact map's box
     * @param light the background of the full flowchart's box
     */
    public record Colours(String main, String dark, String light) {}

    private final String yamlName;
    private final List<String> ownKeys;
    private final List<String> requiredKeys;
    private final Colours colours;

    NodeType(String yamlName, List<String> ownKeys, List<String> requiredKeys, Colours colours) {
        this.yamlName = yamlName;
        this.ownKeys = ownKeys;
        this.requiredKeys = requiredKeys;
        this.colours = colours;
    }

    /** The name maintainers write after {@code type:}; also the page's {@code data-type} and CSS class. */
    public String yamlName() {
        return yamlName;
    }

    /** The keys of this type beyond the {@link #COMMON_KEYS}, in the order the format lists them. */
    public List<String> ownKeys() {
        return ownKeys;
    }

    /** The keys of this type that a node of it must have, beyond the {@link #COMMON_REQUIRED_KEYS}. */
    public List<String> requiredKeys() {
        return requiredKeys;
    }

    public boolean allows(String key) {
        return COMMON_KEYS.contains(key) || ownKeys.contains(key);
    }

    /** "a question", "an escalation": the type with its article, for messages. */
    public String article() {
        return ("aeiou".indexOf(yamlName.charAt(0)) >= 0 ? "an " : "a ") + yamlName;
    }

    /** An end of the procedure: no way on. */
    public boolean isEnd() {
        return ownKeys.stream().noneMatch(k -> k.equals("next") || k.equals("choices"));
    }

    /** The key of the type's word on the pages ("Question", "À faire") in templates/messages_*.properties. */
    public String labelKey() {
        return "sheet.kind." + yamlName;
    }

    /** The CSS class of the type's entries and boxes, as templates/tutorial.css styles them. */
    public String cssClass() {
        return yamlName;
    }

    public Colours colours() {
        return colours;
    }

    /** Looked up for every node by several rules: a map, not a scan of values(). */
    private static final Map<String, NodeType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(t -> t.yamlName, t -> t));

    public static Optional<NodeType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** question, step, wait, success, escalation: in the order of the format's documentation. */
    public static List<String> names() {
        return Arrays.stream(values()).map(t -> t.yamlName).toList();
    }

    private static List<String> allKeys() {
        Set<String> keys = new LinkedHashSet<>(COMMON_KEYS);
        Arrays.stream(values()).forEach(t -> keys.addAll(t.ownKeys));
        return List.copyOf(keys);
    }
}
