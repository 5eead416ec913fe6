package org.procsite.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.procsite.load.Draft.DraftChoice;
import org.procsite.load.Draft.DraftContact;
import org.procsite.load.Draft.DraftNode;
import org.procsite.load.Draft.DraftProcedure;
import org.procsite.load.Draft.DraftSection;
import org.procsite.load.Draft.Scalar;
import org.procsite.model.NodeType;

/**
 * What every rule needs, computed once: the draft, its ids, and the graph of the references
 * that resolve. Graph analysis (reachability, cycles, path counts) is computed lazily, once.
 */
final class CheckContext {

    final DraftProcedure draft;
    /** The file's lines, for rules that point inside a value (a number in the middle of a text). */
    final List<String> lines;

    final Map<String, DraftNode> nodes = new LinkedHashMap<>();
    /** The contacts a node may name: the shared ones, then the file's own, which override them by id. */
    final Map<String, DraftContact> contacts = new LinkedHashMap<>();
    /** The contacts of the folder's {@code contacts.yaml}, {@link SharedContacts#NONE} for a procedure on its own. */
    final SharedContacts shared;
    /** The first section with each id; duplicates are reported by a rule. */
    final Map<String, DraftSection> sections = new LinkedHashMap<>();

    final Graph graph;
    /** The languages of the page words. */
    final Translations translations;
    /** False when loading left a part of the file out of the draft. */
    private final boolean draftWhole;

    private GraphAnalysis analysis;
    private Boolean graphComplete;

    CheckContext(DraftProcedure draft, List<String> lines, boolean draftWhole, Translations translations) {
        this(draft, lines, draftWhole, translations, SharedContacts.NONE);
    }

    CheckContext(
            DraftProcedure draft,
            List<String> lines,
            boolean draftWhole,
            Translations translations,
            SharedContacts shared) {
        this.draft = draft;
        this.shared = shared;
        this.translations = translations;
        this.lines = lines;
        this.draftWhole = draftWhole;
        draft.nodes().forEach(n -> nodes.putIfAbsent(n.id().text(), n));
        shared.contacts().forEach(c -> contacts.put(c.id().text(), c));
        draft.contacts().forEach(c -> contacts.put(c.id().text(), c)); // ids unique: the loader skipped repeats
        draft.sections().stream().filter(s -> s.id() != null).forEach(s -> sections.putIfAbsent(s.id().text(), s));
        this.graph = Graph.of(draft.nodes(), this::typeOf);
    }

    /** True when the loader left nothing out of the draft: every node the file has is here. */
    boolean draftWhole() {
        return draftWhole;
    }

    /** Whether a path from the start comes back to a node it passed. */
    boolean hasCycle() {
        return !analysis().cycles().isEmpty();
    }

    /** Whether every contact a node names is there, the file's own or shared. */
    boolean everyContactResolves() {
        return draft.nodes().stream()
                .allMatch(n ->
                        n.contact() == null || contacts.containsKey(n.contact().text()));
    }

    /** Whether the contact {@code id} comes from the shared contacts file, not from this one. */
    boolean isShared(String id) {
        DraftContact contact = contacts.get(id);
        return contact != null && !draft.contacts().contains(contact);
    }

    /** The node's type, if it names a known one. */
    Optional<NodeType> typeOf(DraftNode node) {
        return node.type() == null
                ? Optional.empty()
                : NodeType.named(node.type().text());
    }

    /**
     * True when the loader left nothing out of the draft, and every node's way on is written
     * and resolves: the start, each question's two choices or more, each step's and wait's
     * 'next'. Only then do "cannot be reached" and "no success end" say something new; otherwise
     * they are echoes of the broken reference, which is reported on its own, and they would bury it.
     */
    boolean graphComplete() {
        if (graphComplete == null) {
            graphComplete = draftWhole && computeGraphComplete();
        }
        return graphComplete;
    }

    /**
     * Whether a rule may say that a key of {@code node} is missing: not when the node has a
     * mistyped key, which the loader reported with its did-you-mean ('choises:'): it may be the
     * missing one, and one message about it is enough.
     */
    boolean mayReportMissing(DraftNode node) {
        return !node.hasUnknownKeys();
    }

    /** How a node leads on: by its choices, by its one {@code next}, or not at all (an end). */
    enum WayOn {
        CHOICES,
        NEXT,
        NONE
    }

    static WayOn wayOn(NodeType type) {
        return switch (type) {
            case QUESTION -> WayOn.CHOICES;
            case STEP, WAIT -> WayOn.NEXT;
            case SUCCESS, ESCALATION -> WayOn.NONE;
        };
    }

    private boolean computeGraphComplete() {
        if (draft.start() == null || graph.indexOf(draft.start().text()) == null) {
            return false;
        }
        for (DraftNode node : draft.nodes()) {
            NodeType type = typeOf(node).orElse(null);
            if (type == null) {
                return false;
            }
            boolean waysOnResolve = switch (type) {
                case QUESTION ->
                    node.choices() != null
                            && node.choices().size() >= 2
                            && node.choices().stream().allMatch(choice -> resolves(choice.next()));
                case STEP, WAIT -> resolves(node.next());
                case SUCCESS, ESCALATION -> true; // an end: no way on
            };
            if (!waysOnResolve) {
                return false;
            }
        }
        return true;
    }

    private boolean resolves(Scalar reference) {
        return reference != null && graph.indexOf(reference.text()) != null;
    }

    GraphAnalysis analysis() {
        if (analysis == null) {
            Integer start =
                    draft.start() == null ? null : graph.indexOf(draft.start().text());
            analysis = GraphAnalysis.of(graph, start);
        }
        return analysis;
    }

    /**
     * The node graph: nodes by index in file order, and for each its outgoing references that
     * name a node, each with where it is written.
     */
    static final class Graph {
        final List<DraftNode> nodes;
        final List<List<Edge>> out;
        private final Map<String, Integer> index;

        private Graph(List<DraftNode> nodes, List<List<Edge>> out, Map<String, Integer> index) {
            this.nodes = nodes;
            this.out = out;
            this.index = index;
        }

        /** A reference from one node to another; {@code label} is the answer, for a choice. */
        record Edge(int target, Scalar reference, String label) {}

        static Graph of(List<DraftNode> draftNodes, Function<DraftNode, Optional<NodeType>> typeOf) {
            Map<String, Integer> index = new HashMap<>(draftNodes.size() * 2);
            for (int i = 0; i < draftNodes.size(); i++) {
                index.put(draftNodes.get(i).id().text(), i);
            }
            List<List<Edge>> out = new ArrayList<>(draftNodes.size());
            for (DraftNode node : draftNodes) {
                List<Edge> edges = new ArrayList<>(2);
                // A node of unknown type (reported) leads on by what it has; an end node's stray
                // 'next' is an error of its own, not a way on.
                Optional<WayOn> way = typeOf.apply(node).map(CheckContext::wayOn);
                if (node.choices() != null && way.map(w -> w == WayOn.CHOICES).orElse(true)) {
                    for (DraftChoice choice : node.choices()) {
                        addEdge(
                                edges,
                                index,
                                choice.next(),
                                choice.label() == null ? null : choice.label().text());
                    }
                }
                if (node.next() != null && way.map(w -> w == WayOn.NEXT).orElse(true)) {
                    addEdge(edges, index, node.next(), null);
                }
                out.add(edges.isEmpty() ? List.of() : Collections.unmodifiableList(edges));
            }
            return new Graph(draftNodes, out, index);
        }

        private static void addEdge(List<Edge> edges, Map<String, Integer> index, Scalar reference, String label) {
            if (reference != null) {
                Integer target = index.get(reference.text());
                if (target != null) {
                    edges.add(new Edge(target, reference, label));
                }
            }
        }

        int size() {
            return nodes.size();
        }

        Integer indexOf(String id) {
            return index.get(id);
        }
    }
}
