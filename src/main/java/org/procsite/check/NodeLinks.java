package org.procsite.check;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.DidYouMean;
import org.procsite.load.Draft.Scalar;
import org.procsite.model.SourcePos;

/**
 * E044: a Markdown link to {@code #id} in a text names a node, or it leads nowhere on the phone
 * page. Links are found as CommonMark writes them, inline ({@code [voir](#id)}, {@code (<#id>)})
 * or by reference ({@code [voir]: #id}), without loading the Markdown library: {@code check}
 * loads no class of the rendering.
 */
final class NodeLinks implements Rule {

    private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*<?#([^\\s)>\"']*)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*<?#(\\S*?)>?(?:\\s|$)");
    /** How far below its key a folded or quoted text may carry the link. */
    private static final int SEARCH_LINES = 60;

    @Override
    public Set<Code> codes() {
        return Set.of(Code.LINK_TO_NO_NODE);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (Scalar text : SizeLimits.texts(context.draft)) {
            check(context, text, INLINE.matcher(text.text()), report);
            check(context, text, REFERENCE.matcher(text.text()), report);
        }
    }

    private static void check(CheckContext context, Scalar text, Matcher m, Consumer<Diagnostic> report) {
        while (m.find()) {
            String id = m.group(1);
            if (context.nodes.containsKey(id)) {
                continue;
            }
            report.accept(Diagnostic.of(
                    Code.LINK_TO_NO_NODE,
                    locate(context.lines, text.pos(), "#" + id),
                    "the link '#" + id + "' names no node" + DidYouMean.suffix(id, context.nodes.keySet()),
                    "a link inside the procedure is '#' and the id of a node, e.g. [see](#" + firstId(context) + ")"));
        }
    }

    private static String firstId(CheckContext context) {
        return context.nodes.keySet().stream().findFirst().orElse("node-id");
    }

    /** Where {@code target} stands in the file, at or after the text's start; the text's start if not found. */
    static SourcePos locate(List<String> lines, SourcePos from, String target) {
        int first = from.line() - 1;
        for (int i = first; i < Math.min(lines.size(), first + SEARCH_LINES); i++) {
            String line = lines.get(i);
            int start = 0;
            if (i == first) {
                start = line.offsetByCodePoints(0, Math.min(from.column() - 1, line.codePointCount(0, line.length())));
            }
            int at = line.indexOf(target, start);
            while (at >= 0) {
                int end = at + target.length();
                boolean whole =
                        end == line.length() || !Character.isLetterOrDigit(line.charAt(end)) && line.charAt(end) != '-';
                if (whole) {
                    return new SourcePos(i + 1, line.codePointCount(0, at) + 1);
                }
                at = line.indexOf(target, at + 1);
            }
        }
        return from;
    }
}
