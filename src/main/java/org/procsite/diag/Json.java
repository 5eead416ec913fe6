package org.procsite.diag;

import java.util.Locale;

/**
 * The little JSON procsite writes by hand: string literals for the diagnostics formats and for
 * the data block of the decision page.
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
