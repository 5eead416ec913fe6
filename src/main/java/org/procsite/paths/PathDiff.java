package org.procsite.paths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procsite.model.Escalation;
import org.procsite.model.Node;
import org.procsite.model.Procedure;
import org.procsite.model.Question;
import org.procsite.model.Step;
import org.procsite.model.Wait;

/**
 * What a change does to proctors: the paths of two revisions, matched by their answers (the
 * sequence of answer labels is how a proctor tells paths apart). A path whose answers are in
 * both revisions is <em>changed</em> when what the proctor reads along it differs (a title, a
 * text, a checklist, the minutes of a wait, the contact, the end), <em>unchanged</em> otherwise.
 * Of the rest, a removed and an added path through the same nodes are one <em>relabelled</em>
 * path (only answer labels changed); the others are <em>removed</em> or <em>added</em>.
 * Step numbers and node ids are left out of the comparison: inserting a node elsewhere renumbers
 * steps without changing what any path says.
 */
public final class PathDiff {

    /** What happened to one path. */
    public enum Kind {
        REMOVED("removed"), ADDED("added"), RELABELLED("relabelled"), CHANGED("changed");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * One path that differs.
     *
     * @param before the path in the old revision (empty if added)
     * @param after the path in the new revision (empty if removed)
     * @param lines for a changed path, the screens that differ: "- " old, "+ " new
     */
    public record Entry(Kind kind, Optional<Path> before, Optional<Path> after, List<String> lines) {
        public Entry {
            lines = List.copyOf(lines);
        }

        /** The path as proctors name it: its answers in the new revision, or the old one if removed. */
        public String name() {
            return nameOf(after.orElseGet(before::orElseThrow));
        }
    }

    /** Every differing path; removed ones in the old order, then the rest in the new order. */
    public record Result(int before, int after, int unchanged, List<Entry> entries) {
        public Result {
            entries = List.copyOf(entries);
        }

        public long count(Kind kind) {
            return entries.stream().filter(e -> e.kind() == kind).count();
        }
    }

    private PathDiff() {}

    /** The answers that name a path, or a phrase for the one path of a procedure without a question. */
    public static String nameOf(Path path) {
        String answers = path.answers();
        return answers.isEmpty() ? "(no question on the way)" : answers;
    }

    public static Result compare(Procedure old, List<Path> oldPaths, Procedure neu, List<Path> newPaths) {
        Map<List<String>, Path> before = byAnswers(oldPaths);
        Map<List<String>, Path> after = byAnswers(newPaths);
        List<Path> removed = new ArrayList<>();
        for (Path p : oldPaths) {
            if (!after.containsKey(answers(p))) {
                removed.add(p);
            }
        }
        List<Entry> entries = new ArrayList<>();
        List<Entry> later = new ArrayList<>();
        int unchanged = 0;
        for (Path p : newPaths) {
            Path was = before.get(answers(p));
            if (was != null) {
                List<String> diff = differences(old, was, neu, p);
                if (diff.isEmpty()) {
                    unchanged++;
                } else {
                    later.add(new Entry(Kind.CHANGED, Optional.of(was), Optional.of(p), diff));
                }
                continue;
            }
            Optional<Path> sameNodes = removed.stream().filter(r -> nodes(r).equals(nodes(p))).findFirst();
            if (sameNodes.isPresent()) {
                removed.remove(sameNodes.get());
                List<String> diff = differences(old, sameNodes.get(), neu, p);
                later.add(new Entry(Kind.RELABELLED, sameNodes, Optional.of(p), diff));
            } else {
                later.add(new Entry(Kind.ADDED, Optional.empty(), Optional.of(p), List.of()));
            }
        }
        for (Path p : removed) {
            entries.add(new Entry(Kind.REMOVED, Optional.of(p), Optional.empty(), List.of()));
        }
        entries.addAll(later);
        return new Result(oldPaths.size(), newPaths.size(), unchanged, entries);
    }

    private static Map<List<String>, Path> byAnswers(List<Path> paths) {
        Map<List<String>, Path> map = new LinkedHashMap<>();
        for (Path p : paths) {
            map.put(answers(p), p);
        }
        return map;
    }

    private static List<String> answers(Path p) {
        return p.hops().stream().map(Path.Hop::answer).filter(a -> a != null).toList();
    }

    private static List<String> nodes(Path p) {
        return p.hops().stream().map(Path.Hop::node).toList();
    }

    private static List<String> differences(Procedure old, Path was, Procedure neu, Path now) {
        List<Line> a = screens(old, was);
        List<Line> b = screens(neu, now);
        return LineDiff.diff(a.stream().map(Line::text).toList(), b.stream().map(Line::text).toList(),
                a.stream().map(Line::shown).toList(), b.stream().map(Line::shown).toList());
    }

    /** One thing a proctor reads; compared by its text, shown with the node's id for the maintainer. */
    record Line(String node, String text) {
        String shown() {
            return text.startsWith(" ") ? "  " + text.strip() + "   (" + node + ")" : text + "   (" + node + ")";
        }
    }

    /** What a proctor reads along the path, one line per thing: titles, texts, checklists, answers, the end. */
    static List<Line> screens(Procedure procedure, Path path) {
        List<Line> lines = new ArrayList<>();
        for (Path.Hop hop : path.hops()) {
            Node node = procedure.node(hop.node());
            String id = node.id();
            lines.add(new Line(id, node.typeName() + ": " + oneLine(node.title())));
            node.text().ifPresent(t -> lines.add(new Line(id, "  text: " + oneLine(t))));
            if (node instanceof Step s) {
                s.steps().forEach(item -> lines.add(new Line(id, "  - " + oneLine(item))));
            }
            if (node instanceof Wait w) {
                w.steps().forEach(item -> lines.add(new Line(id, "  - " + oneLine(item))));
                lines.add(new Line(id, "  every " + w.everyMinutes() + " minutes"));
            }
            if (node instanceof Escalation e) {
                lines.add(new Line(id, "  call: " + e.contact().name() + ", " + e.contact().phone()));
            }
            if (node instanceof Question && hop.answer() != null) {
                lines.add(new Line(id, "  answer: " + oneLine(hop.answer())));
            }
        }
        return lines;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
