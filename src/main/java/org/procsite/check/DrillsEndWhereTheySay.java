package org.procsite.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.DidYouMean;
import org.procsite.load.Draft.DraftChoice;
import org.procsite.load.Draft.DraftDrill;
import org.procsite.load.Draft.DraftNode;
import org.procsite.load.Draft.Scalar;
import org.procsite.model.Choice;
import org.procsite.model.DrillWalk;
import org.procsite.model.DrillWalk.Outcome;
import org.procsite.model.NodeType;
import org.procsite.model.SourcePos;

/**
 * E036 to E040: every drill, walked from the start ({@link DrillWalk}), ends where its
 * {@code ends} says, with every answer used; and {@code ends} names a node. Drills are walked
 * only when the graph is complete and has no cycle: otherwise its own errors say what is
 * broken, and a drill that goes astray through them would only echo them. Each walk is at most
 * as long as the file has nodes.
 */
final class DrillsEndWhereTheySay implements Rule {

    @Override
    public Set<Code> codes() {
        return Set.of(
                Code.DRILL_ANSWER_NOT_OFFERED,
                Code.DRILL_ANSWERS_LEFT_OVER,
                Code.DRILL_ANSWERS_RUN_OUT,
                Code.DRILL_ENDS_ELSEWHERE,
                Code.DRILL_ENDS_NO_NODE);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        if (context.draft.drills().isEmpty() || !context.draftWhole()) {
            return;
        }
        boolean walkable = context.graphComplete() && !context.hasCycle();
        for (DraftDrill drill : context.draft.drills()) {
            boolean endsResolves = drill.ends() == null
                    || context.nodes.containsKey(drill.ends().text());
            if (!endsResolves) {
                report.accept(Diagnostic.of(
                        Code.DRILL_ENDS_NO_NODE,
                        drill.ends().pos(),
                        "'ends' points to '" + drill.ends().text() + "', which is not a node"
                                + DidYouMean.suffix(drill.ends().text(), context.nodes.keySet()),
                        "write the id of the success or escalation node where the drill must end"));
            }
            if (walkable && drill.answers() != null) {
                walk(context, drill, endsResolves, report);
            }
        }
    }

    private static void walk(
            CheckContext context, DraftDrill drill, boolean endsResolves, Consumer<Diagnostic> report) {
        List<Scalar> answers = drill.answers();
        Outcome outcome = DrillWalk.walk(
                ways(context),
                context.draft.start().text(),
                answers.stream().map(Scalar::text).toList());
        String name =
                drill.name() == null ? "the drill" : "drill \"" + drill.name().text() + "\"";
        String where = outcome.last();
        switch (outcome.stop()) {
            case NOT_OFFERED -> {
                Scalar answer = answers.get(outcome.answersUsed());
                List<String> labels = labels(context, where);
                List<Integer> matches = DrillWalk.matches(answer.text(), labels);
                String offered = labels.stream().map(l -> "'" + l + "'").collect(Collectors.joining(", "));
                if (matches.size() > 1) {
                    report.accept(Diagnostic.of(
                            Code.DRILL_ANSWER_NOT_OFFERED,
                            answer.pos(),
                            "answer " + (outcome.answersUsed() + 1) + " '" + answer.text() + "' of " + name
                                    + " begins " + matches.size() + " answers of question '" + where + "': "
                                    + matches.stream()
                                            .map(i -> "'" + labels.get(i) + "'")
                                            .collect(Collectors.joining(", ")),
                            "write more of the label, up to where they differ"));
                } else {
                    report.accept(Diagnostic.of(
                            Code.DRILL_ANSWER_NOT_OFFERED,
                            answer.pos(),
                            "answer " + (outcome.answersUsed() + 1) + " '" + answer.text() + "' of " + name
                                    + " is not offered at question '" + where + "'"
                                    + DidYouMean.suffix(answer.text(), suggestions(labels)),
                            "the answers of '" + where + "' are " + offered
                                    + "; write one of them, or its first words"));
                }
            }
            case RAN_OUT -> {
                SourcePos at = answers.isEmpty()
                        ? drill.answersKey()
                        : answers.get(answers.size() - 1).pos();
                String firstWords = labels(context, where).stream()
                        .map(l -> "'" + DrillWalk.firstWords(l) + "'")
                        .collect(Collectors.joining(" or "));
                report.accept(Diagnostic.of(
                        Code.DRILL_ANSWERS_RUN_OUT,
                        at == null ? drill.pos() : at,
                        name + " runs out of answers at question '" + where + "'" + after(outcome, answers),
                        "add the answer tapped there: " + firstWords
                                + (drill.ends() == null
                                        ? ""
                                        : ", and so on until '" + drill.ends().text() + "'")));
            }
            case ENDED -> {
                int used = outcome.answersUsed();
                if (used < answers.size()) {
                    int left = answers.size() - used;
                    report.accept(Diagnostic.of(
                            Code.DRILL_ANSWERS_LEFT_OVER,
                            answers.get(used).pos(),
                            name + " ends at '" + where + "'" + after(outcome, answers) + ", with " + left
                                    + (left == 1 ? " answer" : " answers") + " left over: "
                                    + answers.subList(used, answers.size()).stream()
                                            .map(a -> "'" + a.text() + "'")
                                            .collect(Collectors.joining(", ")),
                            "remove the answers after the end, or check the answer that ends it too early"));
                } else if (endsResolves
                        && drill.ends() != null
                        && !where.equals(drill.ends().text())) {
                    report.accept(Diagnostic.of(
                            Code.DRILL_ENDS_ELSEWHERE,
                            drill.name() == null ? drill.pos() : drill.name().pos(),
                            name + " ends at '" + where + "'" + after(outcome, answers) + ", not at '"
                                    + drill.ends().text() + "'",
                            endsHint(context, drill.ends().text(), outcome, answers)));
                }
            }
        }
    }

    /** ", after answer 2 'Oui' at 'resultat-bon-mail'", or "" before the first answer. */
    private static String after(Outcome outcome, List<Scalar> answers) {
        int used = outcome.answersUsed();
        if (used == 0) {
            return ", before its first answer";
        }
        return ", after answer " + used + " '" + answers.get(used - 1).text() + "' at '"
                + outcome.askedAt().get(used - 1) + "'";
    }

    private static String endsHint(CheckContext context, String ends, Outcome outcome, List<Scalar> answers) {
        DraftNode node = context.nodes.get(ends);
        boolean isEnd = context.typeOf(node).map(NodeType::isEnd).orElse(false);
        int used = outcome.answersUsed();
        String fix = "if the procedure changed on purpose, change the drill's answers or its 'ends'; otherwise "
                + (used == 0
                        ? "check where the start now leads"
                        : "check where answer '" + answers.get(used - 1).text() + "' of '"
                                + outcome.askedAt().get(used - 1) + "' now leads");
        return isEnd ? fix : "'" + ends + "' is a " + node.type().text() + ", not an end: " + fix;
    }

    /** The labels, and their first words, which a drill may write instead. */
    private static Set<String> suggestions(List<String> labels) {
        Set<String> s = new LinkedHashSet<>();
        for (String label : labels) {
            s.add(DrillWalk.firstWords(label));
            s.add(label);
        }
        return s;
    }

    private static List<String> labels(CheckContext context, String question) {
        return context.nodes.get(question).choices().stream()
                .map(c -> c.label() == null ? "" : c.label().text())
                .toList();
    }

    /** The draft's graph, as a drill walks it: complete, so every reference resolves. */
    private static DrillWalk.Ways ways(CheckContext context) {
        return new DrillWalk.Ways() {
            @Override
            public boolean isEnd(String node) {
                return context.typeOf(context.nodes.get(node)).orElseThrow().isEnd();
            }

            @Override
            public List<Choice> choices(String node) {
                DraftNode n = context.nodes.get(node);
                return switch (context.typeOf(n).orElseThrow()) {
                    case QUESTION -> choices(n);
                    case STEP, WAIT, SUCCESS, ESCALATION -> List.of();
                };
            }

            private List<Choice> choices(DraftNode n) {
                List<Choice> choices = new ArrayList<>();
                for (DraftChoice c : n.choices()) {
                    choices.add(new Choice(
                            c.label() == null ? "" : c.label().text(), c.next().text()));
                }
                return choices;
            }

            @Override
            public String next(String node) {
                return context.nodes.get(node).next().text();
            }

            @Override
            public int size() {
                return context.nodes.size();
            }
        };
    }
}
