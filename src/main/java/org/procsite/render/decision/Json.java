package org.procsite.render.decision;

import java.util.Iterator;
import java.util.Map;

/**
 * The little JSON the decision page embeds, and its manifest: strings, lists and string-keyed maps. Safe inside a
 * {@code <script>} element: {@code <}, {@code >} and {@code &} are written as Unicode escapes,
 * so no text from the procedure can close the element, whatever it contains.
 */
final class Json {

    private Json() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> e = entries.next();
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
                if (entries.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (value instanceof java.util.List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String s) {
            string(s, out);
        } else {
            throw new IllegalArgumentException("not a JSON string, list or map: " + value);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append(org.procsite.diag.Json.quoteForScript(s));
    }
}
