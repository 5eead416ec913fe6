package org.procsite.check;

import java.text.Normalizer;
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
        Map<String, DraftChoice> seen = new HashMap<>();
        for (DraftChoice choice : node.choices()) {
            if (choice.label() == null) {
                continue;
            }
            String label = choice.label().text();
            DraftChoice first = seen.putIfAbsent(looks(label), choice);
            if (first == null) {
                continue;
            }
            String firstLabel = first.label().text();
            int firstLine = first.label().pos().line();
            String message = normalised(firstLabel).equals(normalised(label))
                    ? "question '" + node.id().text() + "' has the label '" + label + "' twice (first at line "
                            + firstLine + ")"
                    : "question '" + node.id().text() + "' has two labels that look the same, '" + visible(firstLabel)
                            + "' (line " + firstLine + ") and '" + visible(label) + "': they differ only by an"
                            + " invisible character or by how a letter is encoded";
            report.accept(Diagnostic.of(
                    Code.DUPLICATE_LABEL,
                    choice.label().pos(),
                    message,
                    "write what the proctor sees in each case, so the answers differ"));
        }
    }

    /** Spaces, case and nothing else: what the label "is" as typed. */
    private static String normalised(String label) {
        return SPACES.matcher(label.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * What a proctor sees: NFKC (composed accents, compatibility forms such as full-width letters
     * or ligatures), without the characters that show nothing, spaces and case aside.
     */
    static String looks(String label) {
        StringBuilder shown = new StringBuilder();
        Normalizer.normalize(label, Normalizer.Form.NFKC)
                .codePoints()
                .filter(cp -> !invisible(cp))
                .forEach(shown::appendCodePoint);
        return normalised(Normalizer.normalize(shown, Normalizer.Form.NFKC));
    }

    /** Format characters (zero-width space, joiners, soft hyphen, marks) and the other ignorables. */
    static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || cp == 0x034F
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0x180B && cp <= 0x180F)
                || cp == 0x115F
                || cp == 0x1160
                || cp == 0x3164
                || cp == 0xFFA0;
    }

    /** The label with its invisible characters written out, {@code Oui<U+200B>}. */
    private static String visible(String label) {
        StringBuilder out = new StringBuilder();
        label.codePoints().forEach(cp -> {
            if (invisible(cp)) {
                out.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
