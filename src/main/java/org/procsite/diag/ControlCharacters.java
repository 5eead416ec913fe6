package org.procsite.diag;

/**
 * What reaches a terminal is what was written: control characters (an escape sequence in a
 * label, a carriage return that hides the start of a line, a bidirectional override that reverses
 * it) are printed as visible escapes, backslash-u and four hex digits as JSON writes them ({@code &#92;u001b},
 * {@code &#92;u202e}: a JSON output stays JSON), never as themselves.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** One line: every control character escaped, line breaks included. */
    public static String escape(String line) {
        return escape(line, false);
    }

    /** Several lines: every control character escaped but the line feeds and tabs that lay them out. */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean layout = keepLines && (c == '\n' || c == '\t');
            if (!layout && isControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c)); // as JSON writes it: valid in a JSON string too
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates. */
    public static boolean isControl(char c) {
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || c == 0x061c
                || c == 0x200e
                || c == 0x200f
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
