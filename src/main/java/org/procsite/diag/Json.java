package org.procsite.diag;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The little JSON procsite writes by hand: string literals for the diagnostics formats, and the
 * data block of the decision page (strings and string-keyed maps, safe inside {@code <script>}).
 */
public final class Json {

    private Json() {}

    /**
     * {@code s} as a JSON string literal, quotes included, with every character outside printable
     * ASCII escaped, so the bytes are the same whatever the console's encoding.
     */
    public static String quote(String s) {
        return quote(s, c -> c >= 0x20 && c <= 0x7E);
    }

    /**
     * {@code s} as a JSON string literal that is safe inside an HTML {@code <script>} element:
     * {@code <}, {@code >} and {@code &} are escaped, so no text can close the element, and so
     * are U+2028 and U+2029; other characters stay as they are.
     */
    public static String quoteForScript(String s) {
        return quote(s, c -> c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '\u2028' && c != '\u2029');
    }

    /**
     * Strings and string-keyed maps (nested, in the maps' order) as JSON that is safe inside an
     * HTML {@code <script>} element, every string written with {@link #quoteForScript}.
     */
    public static String writeForScript(Object value) {
        StringBuilder out = new StringBuilder();
        writeForScript(value, out);
        return out.toString();
    }

    private static void writeForScript(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> e = entries.next();
                out.append(quoteForScript(String.valueOf(e.getKey()))).append(':');
                writeForScript(e.getValue(), out);
                if (entries.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeForScript(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String s) {
            out.append(quoteForScript(s));
        } else {
            throw new IllegalArgumentException("not a JSON string, list or map: " + value);
        }
    }

    private interface CharTest {
        boolean test(char c);
    }

    private static String quote(String s, CharTest asIs) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (asIs.test(c)) {
                        out.append(c);
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c)); // surrogates stay pairs of escapes
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
