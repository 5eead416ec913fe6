package org.procsite.paths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.procsite.model.Choice;
import org.procsite.model.Contact;
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
 * text, a checklist, the minutes of a wait, the contact, the end, a node more or less on the
 * way), <em>unchanged</em> otherwise. Of the rest, a removed and an added path through the same
 * nodes are one <em>relabelled</em> path (only answer labels changed); an old path whose every
 * node and answer is still on a new one, which has more (a new question on the way), or the
 * other way round, is one <em>rerouted</em> path; the others are <em>removed</em> or
 * <em>added</em>. Step numbers are left out of the comparison: inserting a node elsewhere
 * renumbers steps without changing what any path says.
 *
 * <p>Paths that change in the same way are then {@linkplain Result#groups() grouped}, so that a
 * review says each change once: "4 paths now pass through 'x'".
 */
public final class PathDiff {

    /** What happened to one path. */
    public enum Kind {
        REMOVED("removed"),
        ADDED("added"),
        RELABELLED("relabelled"),
        CHANGED("changed"),
        REROUTED("rerouted");

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
     * @param change what differs, the same for every path that changed the same way
     */
    public record Entry(Kind kind, Optional<ProcedurePath> before, Optional<ProcedurePath> after, Change change) {

        /** The path as proctors name it: its answers in the new revision, or the old one if removed. */
        public String name() {
            return nameOf(after.orElseGet(before::orElseThrow));
        }
    }

    /**
     * How a path changed, said so that identical changes are equal.
     *
     * @param through nodes a matched path now passes through, or an added path passes through
     *     and the old revision did not have (an added path through no new node: its new answers)
     * @param notThrough nodes a matched path no longer passes through, or a removed path passed
     *     through and the new revision does not have (a removed path: its answers that are gone)
     * @param lines the rest of what the proctor reads differently: "- " old, "+ " new
     */
    public record Change(Kind kind, List<String> through, List<String> notThrough, List<String> lines) {
        public Change {
            through = List.copyOf(through);
            notThrough = List.copyOf(notThrough);
            lines = List.copyOf(lines);
        }
    }

    /**
     * Paths that changed the same way.
     *
     * @param numbers each path's number in {@code procsite paths} of its revision (the old one
     *     for removed paths), in order
     */
    public record Group(Change change, List<Integer> numbers) {
        public Group {
            numbers = List.copyOf(numbers);
        }
    }

    /** Every differing path; removed ones in the old order, then the rest in the new order. */
    public record Result(int before, int after, int unchanged, List<Entry> entries, List<Group> groups) {
        public Result {
            entries = List.copyOf(entries);
            groups = List.copyOf(groups);
        }

        public long count(Kind kind) {
            return entries.stream().filter(e -> e.kind() == kind).count();
        }
    }

    /** Rerouted paths are looked for only below this many pairs of unmatched paths: it is quadratic. */
    static final long REROUTE_LIMIT = 4_000_000;

    private PathDiff() {}

    /** The answers that name a path, or a phrase for the one path of a procedure without a question. */
    public static String nameOf(ProcedurePath path) {
        String answers = path.answers();
        return answers.isEmpty() ? "(no question on the way)" : answers;
    }

    public static Result compare(
            Procedure old, List<ProcedurePath> oldPaths, Procedure neu, List<ProcedurePath> newPaths) {
        Map<List<String>, ProcedurePath> before = byAnswers(oldPaths);
        List<ProcedurePath> removed = new ArrayList<>();
        Set<List<String>> newAnswers = new HashSet<>();
        newPaths.forEach(p -> newAnswers.add(answers(p)));
        for (ProcedurePath p : oldPaths) {
            if (!newAnswers.contains(answers(p))) {
                removed.add(p);
            }
        }
        // Pass 1: same answers (changed or unchanged); same nodes (relabelled).
        Map<ProcedurePath, Entry> matched = new LinkedHashMap<>();
        List<ProcedurePath> added = new ArrayList<>();
        int unchanged = 0;
        for (ProcedurePath p : newPaths) {
            ProcedurePath was = before.get(answers(p));
            if (was != null) {
                Change change = change(Kind.CHANGED, old, was, neu, p);
                if (change.through().isEmpty()
                        && change.notThrough().isEmpty()
                        && change.lines().isEmpty()) {
                    unchanged++;
                } else {
                    matched.put(p, new Entry(Kind.CHANGED, Optional.of(was), Optional.of(p), change));
                }
                continue;
            }
            Optional<ProcedurePath> sameNodes =
                    removed.stream().filter(r -> nodes(r).equals(nodes(p))).findFirst();
            if (sameNodes.isPresent()) {
                removed.remove(sameNodes.get());
                matched.put(
                        p,
                        new Entry(
                                Kind.RELABELLED,
                                sameNodes,
                                Optional.of(p),
                                change(Kind.RELABELLED, old, sameNodes.get(), neu, p)));
            } else {
                added.add(p);
            }
        }
        // Pass 2: an old path still walked, with a node more or less on the way (rerouted).
        if ((long) removed.size() * added.size() <= REROUTE_LIMIT) {
            for (ProcedurePath r : List.copyOf(removed)) {
                ProcedurePath best = null;
                for (ProcedurePath p : added) {
                    if ((isSubsequence(r.hops(), p.hops()) || isSubsequence(p.hops(), r.hops()))
                            && (best == null
                                    || Math.abs(p.hops().size() - r.hops().size())
                                            < Math.abs(best.hops().size()
                                                    - r.hops().size()))) {
                        best = p;
                    }
                }
                if (best != null) {
                    removed.remove(r);
                    added.remove(best);
                    matched.put(
                            best,
                            new Entry(
                                    Kind.REROUTED,
                                    Optional.of(r),
                                    Optional.of(best),
                                    change(Kind.REROUTED, old, r, neu, best)));
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (ProcedurePath p : removed) {
            entries.add(new Entry(Kind.REMOVED, Optional.of(p), Optional.empty(), gone(Kind.REMOVED, old, neu, p)));
        }
        Set<ProcedurePath> addedSet = new HashSet<>(added);
        for (ProcedurePath p : newPaths) {
            Entry e = matched.get(p);
            if (e != null) {
                entries.add(e);
            } else if (addedSet.contains(p)) {
                entries.add(new Entry(Kind.ADDED, Optional.empty(), Optional.of(p), gone(Kind.ADDED, neu, old, p)));
            }
        }
        return new Result(oldPaths.size(), newPaths.size(), unchanged, entries, group(entries, oldPaths, newPaths));
    }

    /** Entries with the same change, in the order of their first path. */
    private static List<Group> group(List<Entry> entries, List<ProcedurePath> oldPaths, List<ProcedurePath> newPaths) {
        Map<ProcedurePath, Integer> oldNumbers = numbers(oldPaths);
        Map<ProcedurePath, Integer> newNumbers = numbers(newPaths);
        Map<Change, List<Integer>> groups = new LinkedHashMap<>();
        for (Entry e : entries) {
            int number = e.after()
                    .map(newNumbers::get)
                    .orElseGet(() -> oldNumbers.get(e.before().orElseThrow()));
            groups.computeIfAbsent(e.change(), c -> new ArrayList<>()).add(number);
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((change, numbers) -> out.add(new Group(change, numbers)));
        return out;
    }

    private static Map<ProcedurePath, Integer> numbers(List<ProcedurePath> paths) {
        Map<ProcedurePath, Integer> numbers = new HashMap<>(paths.size() * 2);
        for (int i = 0; i < paths.size(); i++) {
            numbers.putIfAbsent(paths.get(i), i + 1);
        }
        return numbers;
    }

    private static Map<List<String>, ProcedurePath> byAnswers(List<ProcedurePath> paths) {
        Map<List<String>, ProcedurePath> map = new HashMap<>(paths.size() * 2);
        for (ProcedurePath p : paths) {
            map.put(answers(p), p);
        }
        return map;
    }

    private static List<String> answers(ProcedurePath p) {
        return p.hops().stream()
                .map(ProcedurePath.Hop::answer)
                .filter(a -> a != null)
                .toList();
    }

    private static List<String> nodes(ProcedurePath p) {
        return p.hops().stream().map(ProcedurePath.Hop::node).toList();
    }

    private static boolean isSubsequence(List<ProcedurePath.Hop> shorter, List<ProcedurePath.Hop> longer) {
        if (shorter.size() >= longer.size()) {
            return false;
        }
        int i = 0;
        for (ProcedurePath.Hop hop : longer) {
            if (i < shorter.size() && shorter.get(i).equals(hop)) {
                i++;
            }
        }
        return i == shorter.size();
    }

    /** A matched pair: the nodes one has and the other not, and the other differences. */
    private static Change change(Kind kind, Procedure old, ProcedurePath was, Procedure neu, ProcedurePath now) {
        Set<String> oldNodes = new LinkedHashSet<>(nodes(was));
        Set<String> newNodes = new LinkedHashSet<>(nodes(now));
        List<String> through =
                newNodes.stream().filter(n -> !oldNodes.contains(n)).toList();
        List<String> notThrough =
                oldNodes.stream().filter(n -> !newNodes.contains(n)).toList();
        List<Line> a = screens(old, was).stream()
                .filter(l -> !notThrough.contains(l.node()))
                .toList();
        List<Line> b = screens(neu, now).stream()
                .filter(l -> !through.contains(l.node()))
                .toList();
        List<String> lines = LineDiff.diff(
                a.stream().map(Line::text).toList(),
                b.stream().map(Line::text).toList(),
                a.stream().map(Line::shown).toList(),
                b.stream().map(Line::shown).toList());
        return new Change(kind, through, notThrough, lines);
    }

    /**
     * A path only {@code mine} has: the nodes on it that {@code theirs} lacks, or, when it has
     * them all, the answers on it that {@code theirs} does not give at that node.
     */
    private static Change gone(Kind kind, Procedure mine, Procedure theirs, ProcedurePath path) {
        List<String> missing = nodes(path).stream()
                .filter(n -> !theirs.nodes().containsKey(n))
                .distinct()
                .toList();
        List<String> answers = new ArrayList<>();
        if (missing.isEmpty()) {
            for (ProcedurePath.Hop hop : path.hops()) {
                if (hop.answer() != null && !leadsTheSameWay(mine, theirs, hop)) {
                    answers.add("the answer \"" + oneLine(hop.answer()) + "\" of '" + hop.node() + "'");
                }
            }
        }
        List<String> via = missing.isEmpty() ? answers : missing;
        return kind == Kind.ADDED
                ? new Change(kind, via, List.of(), List.of())
                : new Change(kind, List.of(), via, List.of());
    }

    private static boolean leadsTheSameWay(Procedure mine, Procedure theirs, ProcedurePath.Hop hop) {
        Node there = theirs.nodes().get(hop.node());
        Node here = mine.node(hop.node());
        if (there == null || there.type() != here.type()) {
            return false;
        }
        return switch (here.type()) {
            case QUESTION -> leadsTheSameWay((Question) here, (Question) there, hop.answer());
            case STEP, WAIT, SUCCESS, ESCALATION -> false; // no answer to compare
        };
    }

    /** True when {@code answer} is an answer of both questions and leads to the same node in both. */
    private static boolean leadsTheSameWay(Question h, Question q, String answer) {
        String target = h.choices().stream()
                .filter(c -> c.label().equals(answer))
                .map(Choice::next)
                .findFirst()
                .orElse(null);
        return q.choices().stream()
                .anyMatch(c -> c.label().equals(answer) && c.next().equals(target));
    }

    /** One thing a proctor reads; compared by its text, shown with the node's id for the maintainer. */
    record Line(String node, String text) {
        String shown() {
            return text.startsWith(" ") ? "  " + text.strip() + "   (" + node + ")" : text + "   (" + node + ")";
        }
    }

    /** What a proctor reads along the path, one line per thing: titles, texts, checklists, answers, the end. */
    static List<Line> screens(Procedure procedure, ProcedurePath path) {
        List<Line> lines = new ArrayList<>();
        for (ProcedurePath.Hop hop : path.hops()) {
            Node node = procedure.node(hop.node());
            String id = node.id();
            lines.add(new Line(id, node.typeName() + ": " + oneLine(node.title())));
            node.text().ifPresent(t -> lines.add(new Line(id, "  text: " + oneLine(t))));
            List<Line> own = switch (node.type()) {
                case QUESTION ->
                    hop.answer() == null ? List.of() : List.of(new Line(id, "  answer: " + oneLine(hop.answer())));
                case STEP -> checklist(id, ((Step) node).steps());
                case WAIT -> {
                    Wait w = (Wait) node;
                    List<Line> checklist = new ArrayList<>(checklist(id, w.steps()));
                    checklist.add(new Line(id, "  every " + w.everyMinutes() + " minutes"));
                    yield checklist;
                }
                case SUCCESS -> List.of();
                case ESCALATION -> {
                    Contact c = ((Escalation) node).contact();
                    yield List.of(new Line(id, "  call: " + c.name() + ", " + c.phone()));
                }
            };
            lines.addAll(own);
        }
        return lines;
    }

    private static List<Line> checklist(String id, List<String> items) {
        return items.stream().map(item -> new Line(id, "  - " + oneLine(item))).toList();
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
