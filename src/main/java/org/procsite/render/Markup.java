package org.procsite.render;

/** Escaping for text and attribute values written into HTML, XHTML or SVG by hand, outside the templates. */
public final class Markup {

    private Markup() {}

    /** {@code & < > " '} as entities, so the text can stand in an element or a quoted attribute. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
