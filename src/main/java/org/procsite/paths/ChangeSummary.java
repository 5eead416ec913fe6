package org.procsite.paths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.procsite.model.Choice;
import org.procsite.model.Contact;
import org.procsite.model.Escalation;
import org.procsite.model.Node;
import org.procsite.model.Procedure;
import org.procsite.model.Question;
import org.procsite.model.Step;
import org.procsite.model.Wait;

/**
 * What a change does to the procedure as a graph, in the few lines a reviewer reads first:
 * nodes added, removed, retitled or otherwise changed; answers and ways on re-pointed; contacts
 * changed; the start, version and date. Nodes are matched by id, answers by their label.
 */
public final class ChangeSummary {

    private ChangeSummary() {}

    public static List<String> lines(Procedure old, Procedure neu) {
        List<String> out = new ArrayList<>();
        if (!old.version().equals(neu.version()) || !old.updated().equals(neu.updated())) {
            out.add("version " + old.version() + " (" + old.updated() + ") → " + neu.version() + " (" + neu.updated()
                    + ")");
        }
        if (!old.title().equals(neu.title())) {
            out.add("retitled the procedure: " + one(old.title()) + " → " + one(neu.title()));
        }
        if (!old.start().equals(neu.start())) {
            out.add("start: " + old.start() + " → " + neu.start());
        }
        for (Node n : neu.nodes().values()) {
            if (!old.nodes().containsKey(n.id())) {
                out.add("added node " + n.id() + " (" + n.typeName() + "): " + one(n.title()));
            }
        }
        for (Node n : old.nodes().values()) {
            if (!neu.nodes().containsKey(n.id())) {
                out.add("removed node " + n.id() + " (" + n.typeName() + "): " + one(n.title()));
            }
        }
        for (Node n : neu.nodes().values()) {
            Node was = old.nodes().get(n.id());
            if (was != null) {
                compare(was, n, out);
            }
        }
        contacts(old.contacts(), neu.contacts(), out);
        return out;
    }

    private static void compare(Node was, Node now, List<String> out) {
        String id = now.id();
        if (!was.title().equals(now.title())) {
            out.add("retitled " + id + ": " + one(was.title()) + " → " + one(now.title()));
        }
        List<String> changed = new ArrayList<>();
        if (!was.typeName().equals(now.typeName())) {
            changed.add("type " + was.typeName() + " → " + now.typeName());
        }
        if (!was.text().equals(now.text())) {
            changed.add("text");
        }
        if (!Objects.equals(checklist(was), checklist(now))) {
            changed.add("checklist");
        }
        if (was.type() == now.type()) {
            changed.addAll(ownChanges(was, now));
        }
        if (!changed.isEmpty()) {
            out.add("changed " + id + ": " + String.join(", ", changed));
        }
        WayOn from = wayOn(was);
        WayOn to = wayOn(now);
        if (from == WayOn.ANSWERS && to == WayOn.ANSWERS) {
            answers(id, ((Question) was).choices(), ((Question) now).choices(), out);
        } else if (from == WayOn.NEXT && to == WayOn.NEXT && !was.successors().equals(now.successors())) {
            out.add("re-pointed " + id + ": " + was.successors().get(0) + " → "
                    + now.successors().get(0));
        }
    }

    /** What changed in the keys of the type of {@code was} and {@code now}, both of the same type. */
    private static List<String> ownChanges(Node was, Node now) {
        return switch (now.type()) {
            case WAIT -> {
                int w = ((Wait) was).everyMinutes();
                int v = ((Wait) now).everyMinutes();
                yield w == v ? List.of() : List.of("every " + w + " → " + v + " minutes");
            }
            case ESCALATION -> {
                String e = ((Escalation) was).contact().id();
                String f = ((Escalation) now).contact().id();
                yield e.equals(f) ? List.of() : List.of("contact " + e + " → " + f);
            }
            case QUESTION, STEP, SUCCESS -> List.of(); // answers are compared apart; checklists above
        };
    }

    /** How a node leads on: by its answers, by its one {@code next}, or not at all (an end). */
    private enum WayOn {
        ANSWERS,
        NEXT,
        NONE
    }

    private static WayOn wayOn(Node node) {
        return switch (node.type()) {
            case QUESTION -> WayOn.ANSWERS;
            case STEP, WAIT -> WayOn.NEXT;
            case SUCCESS, ESCALATION -> WayOn.NONE;
        };
    }

    private static List<String> checklist(Node node) {
        return switch (node.type()) {
            case STEP -> ((Step) node).steps();
            case WAIT -> ((Wait) node).steps();
            case QUESTION, SUCCESS, ESCALATION -> List.of();
        };
    }

    /** Answers matched by label; a renamed answer that still leads to the same node is relabelled. */
    private static void answers(String id, List<Choice> was, List<Choice> now, List<String> out) {
        Map<String, String> before = new LinkedHashMap<>();
        was.forEach(c -> before.put(c.label(), c.next()));
        Map<String, String> after = new LinkedHashMap<>();
        now.forEach(c -> after.put(c.label(), c.next()));
        List<Choice> gone =
                was.stream().filter(c -> !after.containsKey(c.label())).collect(Collectors.toList());
        for (Choice c : now) {
            String target = before.get(c.label());
            if (target != null) {
                if (!target.equals(c.next())) {
                    out.add("re-pointed " + id + " \"" + one(c.label()) + "\": " + target + " → " + c.next());
                }
                continue;
            }
            Choice renamed = gone.stream()
                    .filter(g -> g.next().equals(c.next()))
                    .findFirst()
                    .orElse(null);
            if (renamed != null) {
                gone.remove(renamed);
                out.add("relabelled an answer of " + id + ": \"" + one(renamed.label()) + "\" → \"" + one(c.label())
                        + "\"");
            } else {
                out.add("added an answer to " + id + ": \"" + one(c.label()) + "\" → " + c.next());
            }
        }
        for (Choice c : gone) {
            out.add("removed an answer of " + id + ": \"" + one(c.label()) + "\" (it led to " + c.next() + ")");
        }
    }

    private static void contacts(Map<String, Contact> old, Map<String, Contact> neu, List<String> out) {
        for (Contact c : neu.values()) {
            Contact was = old.get(c.id());
            if (was == null) {
                out.add("added contact " + c.id() + ": " + c.name() + ", " + c.phone());
            } else if (!was.name().equals(c.name()) || !was.phone().equals(c.phone())) {
                out.add("changed contact " + c.id() + ": " + was.name() + ", " + was.phone() + " → " + c.name() + ", "
                        + c.phone());
            }
        }
        for (Contact c : old.values()) {
            if (!neu.containsKey(c.id())) {
                out.add("removed contact " + c.id() + ": " + c.name() + ", " + c.phone());
            }
        }
    }

    /**
     * True when a proctor would see no difference: everything but {@code version} and
     * {@code updated} is the same. Lines may move and comments change.
     */
    public static boolean sameContent(Procedure a, Procedure b) {
        return content(a).equals(content(b));
    }

    private static List<Object> content(Procedure p) {
        List<Object> c = new ArrayList<>(
                List.of(p.title(), p.summary(), p.lang(), p.siteUrl(), p.contacts(), p.sections(), p.start()));
        for (Node n : p.nodes().values()) {
            c.add(List.of(n.id(), n.typeName(), n.title(), n.text(), n.section(), n.successors(), checklist(n)));
            c.add(
                    switch (n.type()) {
                        case QUESTION -> ((Question) n).choices();
                        case WAIT -> ((Wait) n).everyMinutes();
                        case ESCALATION -> ((Escalation) n).contact();
                        case STEP, SUCCESS -> List.of(); // all said above
                    });
        }
        return c;
    }

    private static String one(String text) {
        return PathDiff.oneLine(text);
    }
}
