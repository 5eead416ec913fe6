package org.procsite.render.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.procsite.model.Choice;
import org.procsite.model.Escalation;
import org.procsite.model.Node;
import org.procsite.model.Procedure;
import org.procsite.model.Question;
import org.procsite.model.Wait;
import org.procsite.render.MarkdownText;

/**
 * Lays the procedure graph out with Eclipse ELK's layered (Sugiyama) algorithm, top to bottom,
 * with orthogonal edges. Boxes are sized from DejaVu's advance widths so the text fits; long
 * titles wrap. ELK is deterministic for a given graph, and every coordinate is rounded.
 */
final class FlowchartLayout {

    static final double FONT = 11;
    static final double LINE = 14;
    static final double LABEL_FONT = 10;
    static final double LABEL_LINE = 12;
    static final double PAD = 7;
    /** How far a question's hexagon points stick out on each side. */
    static final double POINT = 10;
    /** Room for the clock mark on the left of a wait. */
    static final double CLOCK = 18;
    private static final double MAX_TEXT = 250;
    private static final double MAX_LABEL = 110;

    private final TextWidths regular;
    private final TextWidths bold;
    private final MarkdownText markdown;

    FlowchartLayout(TextWidths regular, TextWidths bold, MarkdownText markdown) {
        this.regular = regular;
        this.bold = bold;
        this.markdown = markdown;
    }

    Flowchart layout(Procedure procedure) {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(8));
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 16.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 8.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 3.0);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);

        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        Map<String, List<String>> lines = new HashMap<>();
        Map<String, Optional<String>> extras = new HashMap<>();
        for (Node n : procedure.nodesInOrder()) {
            List<String> title = regular.wrap(n.number() + ". " + markdown.plain(n.title()), FONT, MAX_TEXT);
            Optional<String> extra = extra(n);
            double textWidth = title.stream().mapToDouble(l -> regular.width(l, FONT)).max().orElse(0);
            if (extra.isPresent()) {
                textWidth = Math.max(textWidth, bold.width(extra.get(), FONT));
            }
            double width = Math.ceil(textWidth + 2 * PAD + sideRoom(n));
            double height = Math.ceil((title.size() + (extra.isPresent() ? 1 : 0)) * LINE + 2 * PAD);
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setIdentifier(n.id());
            node.setDimensions(width, height);
            elkNodes.put(n.id(), node);
            lines.put(n.id(), title);
            extras.put(n.id(), extra);
        }
        List<ElkEdge> edges = new ArrayList<>();
        List<Optional<List<String>>> edgeLabels = new ArrayList<>();
        for (Node n : procedure.nodesInOrder()) {
            List<Optional<String>> labels = answerLabels(n);
            List<String> targets = n.successors();
            for (int i = 0; i < targets.size(); i++) {
                ElkEdge edge = ElkGraphUtil.createSimpleEdge(elkNodes.get(n.id()), elkNodes.get(targets.get(i)));
                Optional<List<String>> wrapped = labels.get(i).map(l -> regular.wrap(l, LABEL_FONT, MAX_LABEL));
                if (wrapped.isPresent()) {
                    List<String> ls = wrapped.get();
                    ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", ls), edge);
                    double w = ls.stream().mapToDouble(l -> regular.width(l, LABEL_FONT)).max().orElse(0);
                    label.setDimensions(Math.ceil(w + 4), ls.size() * LABEL_LINE + 2);
                    // Short answers of a yes/no question sit by the edge's start, like a decision tree;
                    // with more answers or longer words, on the edge itself, where ELK keeps room for them.
                    boolean nearStart = targets.size() == 2 && ls.size() == 1;
                    label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT,
                            nearStart ? EdgeLabelPlacement.TAIL : EdgeLabelPlacement.CENTER);
                }
                edges.add(edge);
                edgeLabels.add(wrapped);
            }
        }

        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        List<Flowchart.Box> boxes = new ArrayList<>();
        for (Node n : procedure.nodesInOrder()) {
            ElkNode e = elkNodes.get(n.id());
            boxes.add(new Flowchart.Box(n.id(), n.typeName(), n.number(), round(e.getX()), round(e.getY()),
                    round(e.getWidth()), round(e.getHeight()), lines.get(n.id()), extras.get(n.id())));
        }
        List<Flowchart.Arrow> arrows = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            ElkEdge edge = edges.get(i);
            ElkEdgeSection section = edge.getSections().get(0);
            List<Flowchart.Point> points = new ArrayList<>();
            points.add(point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint b : section.getBendPoints()) {
                points.add(point(b.getX(), b.getY()));
            }
            points.add(point(section.getEndX(), section.getEndY()));
            Optional<Flowchart.Label> label = Optional.empty();
            if (edgeLabels.get(i).isPresent()) {
                ElkLabel l = edge.getLabels().get(0);
                label = Optional.of(new Flowchart.Label(round(l.getX()), round(l.getY()), round(l.getWidth()),
                        round(l.getHeight()), edgeLabels.get(i).get()));
            }
            arrows.add(new Flowchart.Arrow(ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0)).getIdentifier(),
                    ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0)).getIdentifier(), points, label));
        }
        return new Flowchart(round(graph.getWidth()), round(graph.getHeight()), boxes, arrows);
    }

    private static double sideRoom(Node n) {
        if (n instanceof Question) {
            return 2 * POINT;
        }
        return n instanceof Wait ? CLOCK : 0;
    }

    private Optional<String> extra(Node n) {
        if (n instanceof Escalation e) {
            return Optional.of("\u260E " + e.contact().phone());
        }
        if (n instanceof Wait w) {
            return Optional.of(w.slots().stream().map(m -> String.format(java.util.Locale.ROOT, "hh:%02d", m))
                    .reduce((a, b) -> a + " " + b).orElse(""));
        }
        return Optional.empty();
    }

    /**
     * The words on each outgoing edge: a question's answers, shortened to their first words
     * ("Oui", "Non") when that still tells every answer apart, else in full.
     */
    private List<Optional<String>> answerLabels(Node n) {
        if (!(n instanceof Question q)) {
            return n.successors().stream().map(s -> Optional.<String>empty()).toList();
        }
        List<String> full = q.choices().stream().map(Choice::label).map(markdown::plain).toList();
        List<String> shortened = full.stream().map(FlowchartLayout::beforeComma).toList();
        boolean distinct = shortened.stream().distinct().count() == shortened.size();
        return (distinct ? shortened : full).stream().map(Optional::of).toList();
    }

    private static String beforeComma(String label) {
        int comma = label.indexOf(',');
        return comma > 0 ? label.substring(0, comma) : label;
    }

    private static Flowchart.Point point(double x, double y) {
        return new Flowchart.Point(round(x), round(y));
    }

    private static int round(double v) {
        return (int) Math.round(v);
    }
}
