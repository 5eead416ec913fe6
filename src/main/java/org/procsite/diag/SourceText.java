package org.procsite.diag;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The procedure file's name as the user gave it, and its lines, for messages with a caret.
 * Lines are a view over the text (one int per line, not one String per line): a 100k-node file
 * has 700k lines, and only the few that carry a diagnostic are ever read.
 */
public record SourceText(String name, List<String> lines) {

    /** The file of a diagnostic that a rule made, until the checker says which file it is. */
    public static final SourceText UNNAMED = new SourceText("", List.of());

    public SourceText {
        lines = lines instanceof Lines ? lines : List.copyOf(lines);
    }

    /** Lines split as {@link String#lines()} does: at \n, \r\n or \r, without the terminator. */
    public static SourceText of(String name, String text) {
        return new SourceText(name, new Lines(text));
    }

    /** An unmodifiable list of the lines of a text, cut on demand. */
    private static final class Lines extends AbstractList<String> implements RandomAccess {
        private final String text;
        /** Where each line starts; one more entry, at the end, past the last line. */
        private final int[] starts;

        private final int size;

        Lines(String text) {
            this.text = text;
            int[] s = new int[16];
            int n = 0;
            int i = 0;
            int length = text.length();
            while (i < length) {
                if (n + 1 >= s.length) {
                    s = Arrays.copyOf(s, s.length * 2);
                }
                s[n++] = i;
                while (i < length && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
                if (i < length && text.charAt(i) == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++; // past the terminator (or past the end)
            }
            s[n] = Math.min(i, length);
            this.starts = s;
            this.size = n;
        }

        @Override
        public String get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            int end = starts[index];
            int length = text.length();
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            return text.substring(starts[index], end);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
