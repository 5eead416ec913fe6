package org.procsite.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Draft.DraftChoice;
import org.procsite.load.Draft.DraftContact;
import org.procsite.load.Draft.DraftNode;
import org.procsite.load.Draft.DraftProcedure;
import org.procsite.load.Draft.DraftSection;
import org.procsite.load.Draft.Scalar;

/**
 * Limits that no real procedure reaches and that keep every build short: E030 a text over
 * 2,000 characters, E031 more than 200 nodes, E032 more than 60,000 characters of text in all,
 * E033 more than 400 arrows, E034 a checklist of more than 30 items.
 * The printed sheet is what grows fastest with size; these are far past what one can hold.
 * (Words over 200 characters, E029, are found before the YAML is read.)
 */
final class SizeLimits implements Rule {

    static final int MAX_TEXT_CHARS = 2_000;
    static final int MAX_NODES = 200;
    static final int MAX_TOTAL_CHARS = 60_000;
    static final int MAX_ARROWS = 400;
    static final int MAX_ITEMS = 30;

    @Override
    public Set<Code> codes() {
        return Set.of(
                Code.TEXT_TOO_LONG, Code.TOO_MANY_NODES, Code.TOO_MUCH_TEXT, Code.TOO_MANY_ARROWS, Code.TOO_MANY_ITEMS);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        DraftProcedure draft = context.draft;
        List<DraftNode> nodes = draft.nodes();
        if (nodes.size() > MAX_NODES) {
            DraftNode first = nodes.get(MAX_NODES);
            report.accept(Diagnostic.of(
                    Code.TOO_MANY_NODES,
                    first.id().pos(),
                    String.format(
                            Locale.ROOT,
                            "node '%s' is node %,d of %,d; a procedure may have at most %d,"
                                    + " more than a printed sheet can hold",
                            first.id().text(),
                            MAX_NODES + 1,
                            nodes.size(),
                            MAX_NODES),
                    "split the procedure into several, one per situation"));
        }
        int arrows = 0;
        for (DraftNode node : nodes) {
            int before = arrows;
            arrows += (node.next() != null ? 1 : 0)
                    + (node.choices() != null ? node.choices().size() : 0);
            if (before <= MAX_ARROWS && arrows > MAX_ARROWS) {
                report.accept(Diagnostic.of(
                        Code.TOO_MANY_ARROWS,
                        node.id().pos(),
                        String.format(
                                Locale.ROOT,
                                "with node '%s', the procedure has more than %d arrows (answers and"
                                        + " 'next' links), more than a flowchart can show",
                                node.id().text(),
                                MAX_ARROWS),
                        "split the procedure into several, one per situation"));
            }
            if (node.steps() != null && node.steps().size() > MAX_ITEMS) {
                report.accept(Diagnostic.of(
                        Code.TOO_MANY_ITEMS,
                        node.steps().get(MAX_ITEMS).pos(),
                        String.format(
                                Locale.ROOT,
                                "item %d of a checklist of %d; a checklist may have at most %d items",
                                MAX_ITEMS + 1,
                                node.steps().size(),
                                MAX_ITEMS),
                        "split the step into several steps"));
            }
        }
        long total = 0;
        boolean totalReported = false;
        for (Scalar text : texts(draft)) {
            total += checkLength(text, report);
            if (total > MAX_TOTAL_CHARS && !totalReported) {
                totalReported = true;
                report.accept(Diagnostic.of(
                        Code.TOO_MUCH_TEXT,
                        text.pos(),
                        String.format(
                                Locale.ROOT,
                                "the texts up to here make more than %,d characters in all,"
                                        + " more than a printed sheet can hold",
                                MAX_TOTAL_CHARS),
                        "shorten the texts, or split the procedure into several"));
            }
        }
    }

    /** E030 if {@code text} is too long; its length in characters. */
    static int checkLength(Scalar text, Consumer<Diagnostic> report) {
        int length = text.text().codePointCount(0, text.text().length());
        if (length > MAX_TEXT_CHARS) {
            report.accept(Diagnostic.of(
                    Code.TEXT_TOO_LONG,
                    text.pos(),
                    String.format(
                            Locale.ROOT,
                            "a text of %,d characters; a text may have at most %,d",
                            length,
                            MAX_TEXT_CHARS),
                    "shorten it, or split it into a checklist ('steps:') or into several steps"));
        }
        return length;
    }

    /** The texts of contacts that the pages print, a procedure's own or those of a shared contacts file. */
    static List<Scalar> texts(List<DraftContact> contacts) {
        List<Scalar> texts = new ArrayList<>();
        for (DraftContact contact : contacts) {
            add(texts, contact.name());
            add(texts, contact.phone());
        }
        return texts;
    }

    /** Every text that the pages print, in file order. */
    static List<Scalar> texts(DraftProcedure draft) {
        List<Scalar> texts = new ArrayList<>();
        add(texts, draft.title());
        add(texts, draft.summary());
        texts.addAll(texts(draft.contacts()));
        for (DraftSection section : draft.sections()) {
            add(texts, section.title());
        }
        for (DraftNode node : draft.nodes()) {
            add(texts, node.title());
            add(texts, node.text());
            if (node.steps() != null) {
                node.steps().forEach(step -> add(texts, step));
            }
            if (node.choices() != null) {
                for (DraftChoice choice : node.choices()) {
                    add(texts, choice.label());
                }
            }
        }
        texts.sort(Comparator.comparing(Scalar::pos));
        return texts;
    }

    private static void add(List<Scalar> texts, Scalar text) {
        if (text != null) {
            texts.add(text);
        }
    }
}
