package org.procsite.render.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSS and JS of {@code templates/}, as the page inlines them: without the comments that
 * stand on lines of their own, without indentation and blank lines. The templates keep their
 * comments for maintainers; the phone gets a smaller page (the seed's must stay under 50 KB).
 *
 * <p>Only whole lines are dropped or trimmed, a script's {@code // comment} at the end of a
 * line only where no quote or slash comes before it, and spaces around punctuation only outside
 * strings on lines with no slash (no regex, no comment), so this cannot change what the code does,
 * with one exception it refuses: a text with a backtick (a JavaScript template literal could span
 * lines) is returned as it is.
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
            } else if (lineComments) {
                t = tightJs(withoutTrailingComment(t));
            } else {
                t = tightCss(withoutTrailingCssComment(t));
            }
            if (!t.isEmpty()) {
                kept.add(t);
            }
        }
        if (inComment) {
            return text; // an unclosed comment: leave it to the browser to report
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < kept.size(); i++) {
            String line = kept.get(i);
            out.append(line);
            if (i + 1 < kept.size() && !joinsNext(line, kept.get(i + 1), !lineComments)) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Whether the next line may follow this one without a line break: after an opening brace, a
     * semicolon or a comma, and before a closing brace, the break means nothing in CSS or
     * JavaScript (no automatic semicolon hangs on it: one goes before a closing brace anyway); in
     * CSS, after a closing brace too. Never where a {@code //} comment on the line would swallow
     * what follows.
     */
    private static boolean joinsNext(String line, String next, boolean css) {
        char last = line.charAt(line.length() - 1);
        return (last == '{' || last == ';' || last == ',' || next.startsWith("}") || (css && last == '}'))
                && !line.contains("//");
    }

    /**
     * A CSS line without the spaces after {@code { ; : ,} and before braces, which mean nothing
     * in CSS outside strings and URLs; a line with a quote, a backslash or {@code url(} is left
     * as it is. (The spaces of {@code calc(a + b)} and of selectors' combinators are kept.)
     */
    static String tightCss(String line) {
        if (line.indexOf('"') >= 0 || line.indexOf('\'') >= 0 || line.indexOf('\\') >= 0 || line.contains("url(")) {
            return line;
        }
        return line.replace("{ ", "{")
                .replace(" }", "}")
                .replace("; ", ";")
                .replace(": ", ":")
                .replace(", ", ",")
                .replace(" {", "{");
    }

    /** Strings in single or double quotes, escapes included: what {@link #tightJs} leaves as it is. */
    private static final Pattern JS_STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");

    /** Spaces that mean nothing around these operators and punctuators (never around + or -, as in {@code a - -b}). */
    private static final String[][] JS_SPACES = {
        {" === ", "==="},
        {" !== ", "!=="},
        {" == ", "=="},
        {" != ", "!="},
        {" += ", "+="},
        {" -= ", "-="},
        {" = ", "="},
        {" && ", "&&"},
        {" || ", "||"},
        {" <= ", "<="},
        {" >= ", ">="},
        {" < ", "<"},
        {" > ", ">"},
        {" ? ", "?"},
        {" : ", ":"},
        {", ", ","},
        {"; ", ";"},
        {"{ ", "{"},
        {" }", "}"},
        {") {", "){"},
        {"} else", "}else"},
        {"else {", "else{"},
        {"if (", "if("},
        {"for (", "for("},
        {"while (", "while("},
        {"function (", "function("}
    };

    /**
     * A line of script without the spaces around punctuation, outside its strings. A line with a
     * slash (a regex, a division, a comment), a backtick or an unpaired quote is left as it is, and
     * so is a line the change would give an HTML comment's {@code <!--} or {@code -->}, which mean
     * something inside a page's script element.
     */
    static String tightJs(String line) {
        if (line.indexOf('/') >= 0 || line.indexOf('`') >= 0) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        Matcher string = JS_STRING.matcher(line);
        int from = 0;
        while (string.find()) {
            String code = line.substring(from, string.start());
            if (!isPlainCode(code)) {
                return line;
            }
            out.append(tightCode(code)).append(string.group());
            from = string.end();
        }
        String rest = line.substring(from);
        if (!isPlainCode(rest)) {
            return line;
        }
        out.append(tightCode(rest));
        String tight = out.toString();
        return tight.contains("<!--") || tight.contains("-->") ? line : tight;
    }

    /** Code with no quote or backslash left: no string begins or hides in it. */
    private static boolean isPlainCode(String code) {
        return code.indexOf('\'') < 0 && code.indexOf('"') < 0 && code.indexOf('\\') < 0;
    }

    private static String tightCode(String code) {
        String tight = code;
        for (String[] space : JS_SPACES) {
            tight = tight.replace(space[0], space[1]);
        }
        return tight;
    }

    /** A CSS line without a comment that ends it, where no quote comes before the comment. */
    static String withoutTrailingCssComment(String line) {
        int at = line.indexOf("/*");
        if (at <= 0 || !line.endsWith("*/") || line.indexOf("*/") != line.length() - 2) {
            return line;
        }
        String code = line.substring(0, at);
        if (code.indexOf('\'') >= 0 || code.indexOf('"') >= 0) {
            return line;
        }
        return code.stripTrailing();
    }

    /**
     * A line of code without its {@code // comment}, only where nothing before the comment could
     * hide a {@code //} (no quote, backtick or slash): then it cannot be in a string or a regex.
     */
    static String withoutTrailingComment(String line) {
        int at = line.indexOf(" //");
        if (at < 0) {
            return line;
        }
        String code = line.substring(0, at);
        if (code.indexOf('\'') >= 0 || code.indexOf('"') >= 0 || code.indexOf('/') >= 0 || code.indexOf('`') >= 0) {
            return line;
        }
        return code.stripTrailing();
    }
}
