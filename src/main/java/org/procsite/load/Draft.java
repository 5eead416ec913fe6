package org.procsite.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.procsite.model.SourcePos;

/**
 * The procedure as written, before it is checked: every value with its position, and
 * {@code null} where a key is absent (or held a value of the wrong kind, already reported).
 * The checker reads a {@code Draft} and, if it finds no error, builds the
 * {@link org.procsite.model.Procedure}.
 */
public final class Draft {

    private Draft() {}

    /** A YAML scalar as text, exactly as written, and where it stands. */
    public record Scalar(String text, SourcePos pos) {}

    /**
     * @param keys every known key present, in file order, with its position
     */
    public record DraftProcedure(
            SourcePos pos,
            Map<String, SourcePos> keys,
            Scalar title,
            Scalar summary,
            Scalar lang,
            Scalar version,
            Scalar updated,
            Scalar siteUrl,
            List<DraftContact> contacts,
            List<DraftSection> sections,
            Scalar start,
            List<DraftNode> nodes,
            List<DraftDrill> drills) {
        public DraftProcedure {
            keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
            contacts = List.copyOf(contacts);
            sections = List.copyOf(sections);
            nodes = List.copyOf(nodes);
            drills = List.copyOf(drills);
        }
    }

    /**
     * One drill under {@code drills:}.
     *
     * @param pos where its mapping starts
     * @param answersKey where the key {@code answers} stands; null when absent
     * @param answers null when absent, or when an answer is not text (already reported)
     */
    public record DraftDrill(SourcePos pos, Scalar name, SourcePos answersKey, List<Scalar> answers, Scalar ends) {
        public DraftDrill {
            answers = answers == null ? null : List.copyOf(answers);
        }
    }

    /** @param id the mapping key under {@code contacts:} */
    public record DraftContact(Scalar id, Scalar name, Scalar phone) {}

    public record DraftSection(SourcePos pos, Scalar id, Scalar title) {}

    /**
     * @param id the mapping key under {@code nodes:}
     * @param keys every known key present, in file order, with its position
     * @param choices null when absent
     * @param steps null when absent
     * @param hasUnknownKeys a key was mistyped (already reported): a missing key may be that one
     */
    public record DraftNode(
            Scalar id,
            Map<String, SourcePos> keys,
            Scalar type,
            Scalar title,
            Scalar text,
            Scalar section,
            List<DraftChoice> choices,
            List<Scalar> steps,
            Scalar next,
            Scalar everyMinutes,
            Scalar contact,
            boolean hasUnknownKeys) {
        public DraftNode {
            keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
            choices = choices == null ? null : List.copyOf(choices);
            steps = steps == null ? null : List.copyOf(steps);
        }

        public boolean has(String key) {
            return keys.containsKey(key);
        }

        /** The text under {@code key}, for the keys that hold one text; null if absent or empty. */
        public Scalar scalar(String key) {
            return switch (key) {
                case "type" -> type;
                case "title" -> title;
                case "text" -> text;
                case "section" -> section;
                case "next" -> next;
                case "every_minutes" -> everyMinutes;
                case "contact" -> contact;
                default -> throw new IllegalArgumentException("not a key that holds one text: " + key);
            };
        }
    }

    public record DraftChoice(SourcePos pos, Scalar label, Scalar next) {}
}
