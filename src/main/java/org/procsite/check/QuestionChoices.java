package org.procsite.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Draft.DraftChoice;
import org.procsite.load.Draft.DraftNode;
import org.procsite.model.NodeType;
import org.procsite.model.SourcePos;

/**
 * E012: a question offers two answers or more. E013: no two of them read the same, or the
 * proctor cannot tell which to tap.
 */
final class QuestionChoices implements Rule {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Override
    public Set<Code> codes() {
        return Set.of(Code.TOO_FEW_CHOICES, Code.DUPLICATE_LABEL);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (DraftNode node : context.draft.nodes()) {
            if (context.typeOf(node).orElse(null) != NodeType.QUESTION) {
                continue;
            }
            int count = node.choices() == null ? 0 : node.choices().size();
            if (count < 2 && (node.choices() != null || context.mayReportMissing(node))) {
                SourcePos at = node.keys().getOrDefault("choices", node.id().pos());
                report.accept(Diagnostic.of(
                        Code.TOO_FEW_CHOICES,
                        at,
                        "question '" + node.id().text() + "' has " + count + " choice" + (count == 1 ? "" : "s")
                                + "; a question needs at least two",
                        "add the other answer, or make the node a step with one 'next'"));
            }
            if (node.choices() != null) {
                checkLabels(node, report);
            }
        }
    }

    private static void checkLabels(DraftNode node, Consumer<Diagnostic> report) {
        Map<String, SourcePos> seen = new HashMap<>();
        for (DraftChoice choice : node.choices()) {
            if (choice.label() == null) {
                continue;
            }
            String key = SPACES.matcher(choice.label().text().strip())
                    .replaceAll(" ")
                    .toLowerCase(Locale.ROOT);
            SourcePos first = seen.putIfAbsent(key, choice.label().pos());
            if (first != null) {
                report.accept(Diagnostic.of(
                        Code.DUPLICATE_LABEL,
                        choice.label().pos(),
                        "question '" + node.id().text() + "' has the label '"
                                + choice.label().text() + "' twice (first at line " + first.line() + ")",
                        "write what the proctor sees in each case, so the answers differ"));
            }
        }
    }
}
