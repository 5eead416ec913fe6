package org.procsite.load;

import java.util.List;
import org.procsite.model.SourcePos;

/**
 * The YAML document as written: mappings, sequences and scalars, each with its 1-based
 * position. Scalars keep their raw text, so {@code no}, {@code 12:15} and {@code 0612} stay
 * text (YAML 1.2 reading, not snakeyaml's YAML 1.1 conversions).
 */
public sealed interface YNode {

    SourcePos pos();

    /** A word for messages: "text", "a list", "a mapping". */
    String kindName();

    record YScalar(String text, boolean plain, SourcePos pos) implements YNode {
        /** A plain empty, {@code ~} or {@code null} scalar: no value at all. */
        public boolean isNull() {
            return plain
                    && (text.isEmpty()
                            || text.equals("~")
                            || text.equals("null")
                            || text.equals("Null")
                            || text.equals("NULL"));
        }

        @Override
        public String kindName() {
            return isNull() ? "nothing" : "text";
        }
    }

    record YSeq(List<YNode> items, SourcePos pos) implements YNode {
        public YSeq {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /** A mapping, with its entries in file order and duplicates kept, so they can be reported. */
    record YMap(List<Entry> entries, SourcePos pos) implements YNode {
        public YMap {
            entries = List.copyOf(entries);
        }

        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    /** A key is any node in YAML; procedures only use text keys, which the reader checks. */
    record Entry(YNode key, YNode value) {}
}
