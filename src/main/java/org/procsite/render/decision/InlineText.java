package org.procsite.render.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSS and JS of {@code templates/}, as the page inlines them: without the comments that
 * stand on lines of their own, without indentation and blank lines. The templates keep their
 * comments for maintainers; the phone gets a smaller page (the seed's must stay under 50 KB).
 *
 * <p>Only whole lines are dropped or trimmed, never a part of a line with code on it, so this
 * cannot change what the code does, with one exception it refuses: a text with a backtick (a
 * JavaScript template literal could span lines) is returned as it is.
 */
final class InlineText {

    private InlineText() {}

    static String css(String text) {
        return compact(text, false);
    }

    static String js(String text) {
        return compact(text, true);
    }

    private static String compact(String text, boolean lineComments) {
        if (text.indexOf('`') >= 0) {
            return text;
        }
        List<String> kept = new ArrayList<>();
        boolean inComment = false;
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (inComment) {
                int end = t.indexOf("*/");
                if (end < 0) {
                    continue;
                }
                inComment = false;
                t = t.substring(end + 2).strip();
            } else if (t.startsWith("/*")) {
                int end = t.indexOf("*/", 2);
                if (end < 0) {
                    inComment = true;
                    continue;
                }
                if (end + 2 == t.length()) {
                    continue; // a one-line comment, alone on its line
                }
            } else if (lineComments && t.startsWith("//")) {
                continue;
            }
            if (!t.isEmpty()) {
                kept.add(t);
            }
        }
        if (inComment) {
            return text; // an unclosed comment: leave it to the browser to report
        }
        return String.join("\n", kept);
    }
}
