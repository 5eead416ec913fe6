package org.procsite.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a drill goes: the one definition, for {@code check} (on the file as written), for
 * {@code paths --drills} and {@code paths --diff}, and for the tests that tap through the phone
 * page. From the start, a question takes the next answer, a step or a wait goes on by itself,
 * and the walk stops at an end, at an answer the question does not offer, or at a question
 * when the answers have run out.
 *
 * <p>An answer names a choice by its whole label, or by the label's first words: "Oui" names
 * "Oui, il est connecté" when no other answer of that question begins with "Oui" followed by a
 * space or a punctuation mark.
 */
public final class DrillWalk {

    private DrillWalk() {}

    /** The graph as a drill sees it: for each node id, an end, a question, or one way on. */
    public interface Ways {
        boolean isEnd(String node);

        /** The answers of a question, in order; empty for a node that is not a question. */
        List<Choice> choices(String node);

        /** The one way on of a step or a wait. */
        String next(String node);

        /** How many nodes there are: no walk in an acyclic graph is longer. */
        int size();
    }

    /** How a walk stopped. */
    public enum Stop {
        /** At an end node; answers may be left over. */
        ENDED,
        /** At a question that offers none of the labels of the next answer (or more than one). */
        NOT_OFFERED,
        /** At a question, with no answer left. */
        RAN_OUT
    }

    /**
     * A walk: the nodes passed, the last where it stopped, and how many answers it used.
     *
     * @param askedAt for each answer used, the question it was given at
     */
    public record Outcome(List<String> nodes, Stop stop, int answersUsed, List<String> askedAt) {
        public Outcome {
            nodes = List.copyOf(nodes);
            askedAt = List.copyOf(askedAt);
        }

        /** The node where the walk stopped. */
        public String last() {
            return nodes.get(nodes.size() - 1);
        }

        /** Whether it ended at {@code ends} with every answer used. */
        public boolean passes(Drill drill) {
            return stop == Stop.ENDED && answersUsed == drill.answers().size() && last().equals(drill.ends());
        }
    }

    /** Where {@code drill} goes in a checked procedure. */
    public static Outcome walk(Procedure procedure, Drill drill) {
        return walk(ways(procedure), procedure.start(), drill.answers());
    }

    /** Where {@code answers} lead from {@code start}; the graph must have no cycle. */
    public static Outcome walk(Ways ways, String start, List<String> answers) {
        List<String> nodes = new ArrayList<>();
        List<String> askedAt = new ArrayList<>();
        String node = start;
        int used = 0;
        while (true) {
            nodes.add(node);
            if (nodes.size() > ways.size()) {
                throw new IllegalStateException("a drill walked more nodes than there are: the graph has a cycle");
            }
            if (ways.isEnd(node)) {
                return new Outcome(nodes, Stop.ENDED, used, askedAt);
            }
            List<Choice> choices = ways.choices(node);
            if (choices.isEmpty()) {
                node = ways.next(node);
                continue;
            }
            if (used == answers.size()) {
                return new Outcome(nodes, Stop.RAN_OUT, used, askedAt);
            }
            List<Integer> matches = matches(
                    answers.get(used), choices.stream().map(Choice::label).toList());
            if (matches.size() != 1) {
                return new Outcome(nodes, Stop.NOT_OFFERED, used, askedAt);
            }
            askedAt.add(node);
            used++;
            node = choices.get(matches.get(0)).next();
        }
    }

    /**
     * The labels {@code answer} names: the one equal to it; else every label that begins with it,
     * followed by a space or a punctuation mark ("Oui" for "Oui, il est connecté").
     */
    public static List<Integer> matches(String answer, List<String> labels) {
        String typed = answer.strip();
        List<Integer> prefixed = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i).strip();
            if (label.equals(typed)) {
                return List.of(i);
            }
            if (!typed.isEmpty()
                    && label.startsWith(typed)
                    && !Character.isLetterOrDigit(label.codePointAt(typed.length()))) {
                prefixed.add(i);
            }
        }
        return prefixed;
    }

    /** The label's first words, up to its first comma, colon or parenthesis: what a drill may write. */
    public static String firstWords(String label) {
        String s = label.strip();
        int cut = s.length();
        for (char c : new char[] {',', ':', '(', ';'}) {
            int at = s.indexOf(c);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return s.substring(0, cut).strip();
    }

    private static Ways ways(Procedure procedure) {
        return new Ways() {
            @Override
            public boolean isEnd(String node) {
                return procedure.node(node).isEnd();
            }

            @Override
            public List<Choice> choices(String node) {
                Node n = procedure.node(node);
                return switch (n.type()) {
                    case QUESTION -> ((Question) n).choices();
                    case STEP, WAIT, SUCCESS, ESCALATION -> List.of();
                };
            }

            @Override
            public String next(String node) {
                return procedure.node(node).successors().get(0);
            }

            @Override
            public int size() {
                return procedure.nodes().size();
            }
        };
    }
}
