package org.procsite.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.procsite.check.CheckContext.Graph;
import org.procsite.load.Draft.DraftContact;
import org.procsite.load.Draft.DraftDrill;
import org.procsite.load.Draft.DraftNode;
import org.procsite.load.Draft.DraftProcedure;
import org.procsite.load.Draft.Scalar;
import org.procsite.model.Choice;
import org.procsite.model.Contact;
import org.procsite.model.Drill;
import org.procsite.model.Escalation;
import org.procsite.model.Node;
import org.procsite.model.NodeType;
import org.procsite.model.PathCounts;
import org.procsite.model.Procedure;
import org.procsite.model.Question;
import org.procsite.model.Section;
import org.procsite.model.SourcePos;
import org.procsite.model.SourcePositions;
import org.procsite.model.Step;
import org.procsite.model.Success;
import org.procsite.model.Wait;

/**
 * Builds the {@link Procedure} from a draft with no error. Step numbers are given here, once,
 * for the decision page and the printed tutorial alike: sections in their declared order, the
 * nodes of each in file order, then the nodes outside every section.
 */
final class ModelBuilder {

    private ModelBuilder() {}

    static Procedure build(CheckContext context) {
        DraftProcedure draft = context.draft;
        // The file's own contacts, and the shared ones it names: a sheet never shows a contact of another procedure.
        Set<String> named = new HashSet<>();
        draft.nodes().stream()
                .filter(n -> n.contact() != null)
                .forEach(n -> named.add(n.contact().text()));
        Map<String, Contact> contacts = new LinkedHashMap<>();
        for (DraftContact c : context.contacts.values()) {
            if (!context.isShared(c.id().text()) || named.contains(c.id().text())) {
                contacts.put(
                        c.id().text(),
                        new Contact(c.id().text(), c.name().text(), c.phone().text()));
            }
        }
        List<Section> sections = draft.sections().stream()
                .map(s -> new Section(s.id().text(), s.title().text()))
                .toList();

        Map<String, Node> nodes = new LinkedHashMap<>();
        for (DraftNode node : readingOrder(draft, sections)) {
            nodes.put(node.id().text(), node(context, node, nodes.size() + 1, contacts));
        }

        Graph graph = context.graph;
        int[] endKind = new int[graph.size()];
        for (int i = 0; i < graph.size(); i++) {
            Node n = nodes.get(graph.nodes.get(i).id().text());
            endKind[i] = switch (n.type()) {
                case SUCCESS -> 1;
                case ESCALATION -> -1;
                case QUESTION, STEP, WAIT -> 0;
            };
        }
        int start = graph.indexOf(draft.start().text());
        PathCounts paths = context.analysis()
                .pathCounts(graph, endKind, start)
                .orElseThrow(() -> new IllegalStateException("a checked procedure has no cycle"));

        return new Procedure(
                draft.title().text(),
                text(draft.summary()),
                draft.lang().text(),
                draft.version().text(),
                LocalDate.parse(draft.updated().text()),
                text(draft.siteUrl()),
                contacts,
                sections,
                draft.start().text(),
                nodes,
                paths,
                drills(draft),
                positions(draft));
    }

    /** Where the parts said about after the check stand: the draft stays in {@code load} and {@code check}. */
    private static SourcePositions positions(DraftProcedure draft) {
        Map<String, SourcePos> contacts = new LinkedHashMap<>();
        draft.contacts().forEach(c -> contacts.putIfAbsent(c.id().text(), c.id().pos()));
        SourcePos nodes = draft.keys().get("nodes");
        return new SourcePositions(
                nodes == null ? SourcePos.START : nodes, draft.version().pos(), contacts);
    }

    /** The drills written whole (a drill with a problem of its own shape is left out), the first of each name. */
    private static List<Drill> drills(DraftProcedure draft) {
        Map<String, Drill> drills = new LinkedHashMap<>();
        for (DraftDrill d : draft.drills()) {
            if (d.name() != null && d.answers() != null && d.ends() != null) {
                drills.putIfAbsent(
                        d.name().text().strip(),
                        new Drill(
                                d.name().text(),
                                d.answers().stream().map(Scalar::text).toList(),
                                d.ends().text(),
                                d.name().pos()));
            }
        }
        return List.copyOf(drills.values());
    }

    private static List<DraftNode> readingOrder(DraftProcedure draft, List<Section> sections) {
        Map<String, List<DraftNode>> bySection = new LinkedHashMap<>();
        sections.forEach(s -> bySection.put(s.id(), new ArrayList<>()));
        List<DraftNode> outside = new ArrayList<>();
        for (DraftNode node : draft.nodes()) {
            if (node.section() == null) {
                outside.add(node);
            } else {
                bySection.get(node.section().text()).add(node);
            }
        }
        List<DraftNode> ordered = new ArrayList<>(draft.nodes().size());
        bySection.values().forEach(ordered::addAll);
        ordered.addAll(outside);
        return ordered;
    }

    private static Node node(CheckContext context, DraftNode n, int number, Map<String, Contact> contacts) {
        String id = n.id().text();
        String title = n.title().text();
        Optional<String> text = text(n.text());
        Optional<String> section = text(n.section());
        List<String> steps = n.steps() == null
                ? List.of()
                : n.steps().stream().map(Scalar::text).toList();
        NodeType type = context.typeOf(n).orElseThrow();
        return switch (type) {
            case QUESTION ->
                new Question(
                        id,
                        number,
                        title,
                        text,
                        section,
                        n.id().pos(),
                        n.choices().stream()
                                .map(c -> new Choice(c.label().text(), c.next().text()))
                                .toList());
            case STEP ->
                new Step(
                        id,
                        number,
                        title,
                        text,
                        section,
                        n.id().pos(),
                        steps,
                        n.next().text());
            case WAIT ->
                new Wait(
                        id,
                        number,
                        title,
                        text,
                        section,
                        n.id().pos(),
                        steps,
                        Integer.parseInt(n.everyMinutes().text()),
                        n.next().text());
            case SUCCESS -> new Success(id, number, title, text, section, n.id().pos());
            case ESCALATION ->
                new Escalation(
                        id,
                        number,
                        title,
                        text,
                        section,
                        n.id().pos(),
                        contacts.get(n.contact().text()));
        };
    }

    private static Optional<String> text(Scalar scalar) {
        return scalar == null ? Optional.empty() : Optional.of(scalar.text());
    }
}
