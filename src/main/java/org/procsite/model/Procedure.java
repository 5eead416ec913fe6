package org.procsite.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checked procedure: every reference resolves, every path from {@link #start()} ends in a
 * success or an escalation, and nodes are numbered in reading order. Only the checker builds
 * one, so holding a {@code Procedure} means it is valid.
 */
public record Procedure(
        String title,
        Optional<String> summary,
        String lang,
        String version,
        LocalDate updated,
        Optional<String> siteUrl,
        Map<String, Contact> contacts,
        List<Section> sections,
        String start,
        Map<String, Node> nodes,
        PathCounts paths,
        List<Drill> drills,
        SourcePositions positions) {

    /**
     * @param nodes by id, in step-number order
     * @param drills the situations it must handle, in file order (see {@link DrillWalk})
     * @param positions where its parts stand in its file, for what is said about it after the check
     */
    public Procedure {
        contacts = Collections.unmodifiableMap(new LinkedHashMap<>(contacts));
        sections = List.copyOf(sections);
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        drills = List.copyOf(drills);
        if (!nodes.containsKey(start)) {
            throw new IllegalArgumentException("start node '" + start + "' is not a node");
        }
    }

    public Node node(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no node '" + id + "'");
        }
        return node;
    }

    public Node startNode() {
        return node(start);
    }

    /** Every node, in step-number order. */
    public Collection<Node> nodesInOrder() {
        return nodes.values();
    }

    /** The nodes printed under {@code section}, in step-number order. */
    public List<Node> nodesIn(Section section) {
        return nodes.values().stream()
                .filter(n -> n.section().equals(Optional.of(section.id())))
                .toList();
    }

    /** Nodes that belong to no section, in step-number order. */
    public List<Node> nodesWithoutSection() {
        return nodes.values().stream().filter(n -> n.section().isEmpty()).toList();
    }

    /**
     * The contact to show on every screen and at the foot of every page: the one named by the
     * first escalation in reading order.
     */
    public Contact primaryContact() {
        return nodes.values().stream()
                .filter(Escalation.class::isInstance)
                .map(n -> ((Escalation) n).contact())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("a checked procedure has an escalation"));
    }
}
