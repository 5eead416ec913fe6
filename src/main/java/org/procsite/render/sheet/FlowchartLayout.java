package org.procsite.render.sheet;

import java.util.ArrayList;
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
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.procsite.model.Choice;
import org.procsite.model.Escalation;
import org.procsite.model.Node;
import org.procsite.model.Procedure;
import org.procsite.model.Question;
import org.procsite.model.Wait;
import org.procsite.render.MarkdownText;
import org.procsite.render.ProcedureView;

/**
 * Lays the procedure graph out with Eclipse ELK's layered (Sugiyama) algorithm, with orthogonal
 * edges. Boxes are sized from DejaVu's advance widths so the text fits; long titles wrap. ELK is
 * deterministic for a given graph, and every coordinate is rounded.
 *
 * <p>Two variants of the same graph: the full chart, top to bottom, with every title
 * ({@code flowchart.svg}); and the compact map of the poster (and of tutorial.html on screen),
 * where a box is its step number and the words are in the numbered entries (see {@link Flowchart}).
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

    /** The compact map's step numbers (bold), in layout units: CSS px at scale 1. */
    static final double NUMBER_FONT = 18;
    /** The compact map's other text: answers on the arrows, phone number, wait period (bold). */
    static final double SMALL_FONT = 14;

    static final double SMALL_LINE = 16;
    static final double BOX_HEIGHT = 28;
    static final double BOX_PAD = 4;
    /** The smallest text of the printed map, in pt: the poster's, read from across the room. */
    static final double MIN_PRINTED_PT = 14;
    /** Below this scale, the compact map's smallest text prints under {@link #MIN_PRINTED_PT}. */
    static final double MIN_READABLE_SCALE = MIN_PRINTED_PT / (SMALL_FONT * 0.75);
    /** An answer this wide or less is written on its arrow; longer answers go by their number. */
    private static final double MAX_SHORT_ANSWER = 64;

    /** Where a question's answers leave in the compact map, in order, per direction: the first straight on. */
    private static final List<PortSide> ACROSS_SIDES = List.of(PortSide.EAST, PortSide.SOUTH, PortSide.NORTH);

    private static final List<PortSide> DOWN_SIDES = List.of(PortSide.SOUTH, PortSide.EAST, PortSide.WEST);

    private final TextWidths regular;
    private final TextWidths bold;
    private final MarkdownText markdown;

    FlowchartLayout(TextWidths regular, TextWidths bold, MarkdownText markdown) {
        this.regular = regular;
        this.bold = bold;
        this.markdown = markdown;
    }

    /**
     * The compact map for a page {@code pageWidth} layout units wide: left to right when that
     * fits the page with readable text, else top to bottom.
     */
    Flowchart sheet(Procedure procedure, double pageWidth) {
        Flowchart across = compact(procedure, Direction.RIGHT);
        return across.width() * MIN_READABLE_SCALE <= pageWidth ? across : compact(procedure, Direction.DOWN);
    }

    /** The full chart, top to bottom, every title in its box. */
    Flowchart layout(Procedure procedure) {
        Map<String, Spec> specs = new LinkedHashMap<>();
        for (Node n : procedure.nodesInOrder()) {
            List<String> title = regular.wrap(n.number() + ". " + markdown.plain(n.title()), FONT, MAX_TEXT);
            Optional<String> extra = extra(n);
            double textWidth = title.stream()
                    .mapToDouble(l -> regular.width(l, FONT))
                    .max()
                    .orElse(0);
            if (extra.isPresent()) {
                textWidth = Math.max(textWidth, bold.width(extra.get(), FONT));
            }
            double width = Math.ceil(textWidth + 2 * PAD + sideRoom(n));
            double height = Math.ceil((title.size() + (extra.isPresent() ? 1 : 0)) * LINE + 2 * PAD);
            specs.put(n.id(), new Spec(width, height, title, extra));
        }
        List<Optional<LabelSpec>> labels = new ArrayList<>();
        for (Node n : procedure.nodesInOrder()) {
            List<Optional<String>> answers = answerLabels(n);
            for (Optional<String> answer : answers) {
                labels.add(answer.map(a -> {
                    List<String> ls = regular.wrap(a, LABEL_FONT, MAX_LABEL);
                    double w = ls.stream()
                            .mapToDouble(l -> regular.width(l, LABEL_FONT))
                            .max()
                            .orElse(0);
                    // Short answers of a yes/no question sit by the edge's start, like a decision tree;
                    // with more answers or longer words, on the edge itself, where ELK keeps room for them.
                    return new LabelSpec(
                            ls, Math.ceil(w + 4), ls.size() * LABEL_LINE + 2, answers.size() == 2 && ls.size() == 1);
                }));
            }
        }
        ElkNode graph = graph(Direction.DOWN, 8, 14, 16, 8);
        return run(procedure, graph, false, specs, labels);
    }

    /** The compact map: each box its step number, each arrow a short answer or the answer's number. */
    Flowchart compact(Procedure procedure, Direction direction) {
        Map<String, Spec> specs = new LinkedHashMap<>();
        for (Node n : procedure.nodesInOrder()) {
            Optional<String> extra = compactExtra(n);
            double width = bold.width(String.valueOf(n.number()), NUMBER_FONT) + 2 * BOX_PAD;
            width += switch (n.type()) {
                case QUESTION -> BOX_HEIGHT / 3; // the rounded ends
                case STEP, WAIT, SUCCESS, ESCALATION -> 0;
            };
            if (extra.isPresent()) {
                width += bold.width(extra.get(), SMALL_FONT) + BOX_PAD;
            }
            width = Math.max(BOX_HEIGHT, Math.ceil(width));
            specs.put(
                    n.id(), new Spec(width, BOX_HEIGHT, List.of(n.number() + ". " + markdown.plain(n.title())), extra));
        }
        List<Optional<LabelSpec>> labels = new ArrayList<>();
        for (Node n : procedure.nodesInOrder()) {
            for (Optional<String> answer : shortAnswers(n)) {
                labels.add(answer.map(a ->
                        new LabelSpec(List.of(a), Math.ceil(bold.width(a, SMALL_FONT) + 4), SMALL_LINE + 2, true)));
            }
        }
        ElkNode graph = graph(direction, 4, 10, 10, 5);
        return run(procedure, graph, true, specs, labels);
    }

    /** A node's size and words, before layout. */
    private record Spec(double width, double height, List<String> lines, Optional<String> extra) {}

    /** An edge label's lines and size, before layout; {@code nearStart}: by the edge's start, else its middle. */
    private record LabelSpec(List<String> lines, double width, double height, boolean nearStart) {}

    /**
     * ELK finds the layered algorithm in this registry. Registering it builds the metadata of
     * every option it has, so it is done once per process, when the first graph is made.
     */
    private static final class Registry {
        static {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }

        static void ready() {}
    }

    private static ElkNode graph(
            Direction direction, double padding, double nodeNode, double betweenLayers, double edgeNode) {
        Registry.ready();
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, direction);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(padding));
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, nodeNode);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, betweenLayers);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, edgeNode);
        graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 3.0);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        return graph;
    }

    /** @param labels one per edge, in the order of the nodes and then of their successors */
    private static Flowchart run(
            Procedure procedure,
            ElkNode graph,
            boolean compact,
            Map<String, Spec> specs,
            List<Optional<LabelSpec>> labels) {
        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        for (Node n : procedure.nodesInOrder()) {
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setIdentifier(n.id());
            node.setDimensions(specs.get(n.id()).width(), specs.get(n.id()).height());
            elkNodes.put(n.id(), node);
        }
        List<ElkEdge> edges = new ArrayList<>();
        List<PortSide> sides = graph.getProperty(CoreOptions.DIRECTION) == Direction.RIGHT ? ACROSS_SIDES : DOWN_SIDES;
        for (Node n : procedure.nodesInOrder()) {
            ElkNode source = elkNodes.get(n.id());
            boolean portPerAnswer = compact && portPerAnswer(n);
            if (portPerAnswer) {
                source.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
            }
            List<String> successors = n.successors();
            for (int i = 0; i < successors.size(); i++) {
                ElkConnectableShape from = source;
                if (portPerAnswer) {
                    // Each answer leaves from its own side (the first straight on, the others to the
                    // sides), so the answer written by the arrow's start is that arrow's alone.
                    ElkPort port = ElkGraphUtil.createPort(source);
                    port.setDimensions(0, 0);
                    port.setProperty(CoreOptions.PORT_SIDE, sides.get(Math.min(i, sides.size() - 1)));
                    from = port;
                }
                ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, elkNodes.get(successors.get(i)));
                labels.get(edges.size()).ifPresent(l -> {
                    ElkLabel label = ElkGraphUtil.createLabel(String.join("\n", l.lines()), edge);
                    label.setDimensions(l.width(), l.height());
                    label.setProperty(
                            CoreOptions.EDGE_LABELS_PLACEMENT,
                            l.nearStart() ? EdgeLabelPlacement.TAIL : EdgeLabelPlacement.CENTER);
                });
                edges.add(edge);
            }
        }

        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        List<Flowchart.Box> boxes = new ArrayList<>();
        for (Node n : procedure.nodesInOrder()) {
            ElkNode e = elkNodes.get(n.id());
            Spec spec = specs.get(n.id());
            boxes.add(new Flowchart.Box(
                    n.id(),
                    n.type(),
                    n.number(),
                    round(e.getX()),
                    round(e.getY()),
                    round(e.getWidth()),
                    round(e.getHeight()),
                    spec.lines(),
                    spec.extra()));
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
            if (labels.get(i).isPresent()) {
                ElkLabel l = edge.getLabels().get(0);
                int x = round(l.getX());
                int y = round(l.getY());
                if (edge.getSources().get(0) instanceof ElkPort port) {
                    // By its own arrow's start, where ELK kept room: above an arrow that leaves
                    // sideways, right of one that leaves downwards; never stacked with another.
                    Flowchart.Point start = points.get(0);
                    PortSide side = port.getProperty(CoreOptions.PORT_SIDE);
                    x = side == PortSide.WEST ? start.x() - round(l.getWidth()) - 1 : start.x() + 1;
                    y = side == PortSide.SOUTH ? start.y() + 1 : start.y() - round(l.getHeight()) - 1;
                }
                label = Optional.of(new Flowchart.Label(
                        x,
                        y,
                        round(l.getWidth()),
                        round(l.getHeight()),
                        labels.get(i).get().lines()));
            }
            arrows.add(new Flowchart.Arrow(
                    ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0))
                            .getIdentifier(),
                    ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0))
                            .getIdentifier(),
                    points,
                    label));
        }
        return new Flowchart(compact, round(graph.getWidth()), round(graph.getHeight()), boxes, arrows);
    }

    /** In the compact map, each of a question's answers leaves from its own side of the box. */
    private static boolean portPerAnswer(Node n) {
        return switch (n.type()) {
            case QUESTION -> true;
            case STEP, WAIT, SUCCESS, ESCALATION -> false;
        };
    }

    /** Room beside the full chart's text: a question's hexagon points, a wait's clock mark. */
    private static double sideRoom(Node n) {
        return switch (n.type()) {
            case QUESTION -> 2 * POINT;
            case WAIT -> CLOCK;
            case STEP, SUCCESS, ESCALATION -> 0;
        };
    }

    /** Under a full box's title: the phone number of an escalation, the update times of a wait. */
    private static Optional<String> extra(Node n) {
        return switch (n.type()) {
            case ESCALATION ->
                Optional.of("\u260E " + ((Escalation) n).contact().phone());
            case WAIT -> Optional.of(String.join(" ", ProcedureView.slotLabels((Wait) n)));
            case QUESTION, STEP, SUCCESS -> Optional.empty();
        };
    }

    /** Beside a compact box's number: the phone number of an escalation, the period of a wait, a tick for a success. */
    private static Optional<String> compactExtra(Node n) {
        return switch (n.type()) {
            case ESCALATION ->
                Optional.of("\u260E " + ((Escalation) n).contact().phone());
            case WAIT -> Optional.of("\u25F7 " + ((Wait) n).everyMinutes() + " min");
            case SUCCESS -> Optional.of("\u2713");
            case QUESTION, STEP -> Optional.empty();
        };
    }

    /**
     * The words on each outgoing edge: a question's answers, shortened to their first words
     * ("Oui", "Non") when that still tells every answer apart, else in full.
     */
    private List<Optional<String>> answerLabels(Node n) {
        return switch (n.type()) {
            case QUESTION -> answerLabels((Question) n);
            case STEP, WAIT, SUCCESS, ESCALATION -> unlabelled(n);
        };
    }

    private List<Optional<String>> answerLabels(Question q) {
        List<String> full =
                q.choices().stream().map(Choice::label).map(markdown::plain).toList();
        List<String> shortened = full.stream().map(FlowchartLayout::beforeComma).toList();
        boolean distinct = shortened.stream().distinct().count() == shortened.size();
        return (distinct ? shortened : full).stream().map(Optional::of).toList();
    }

    /**
     * The compact map's words on each edge of a question: its answers shortened to their first
     * words ("Oui", "Non") when those are short and tell every answer apart, else the answers'
     * numbers in the entry's order ("1", "2", "3").
     */
    private List<Optional<String>> shortAnswers(Node n) {
        return switch (n.type()) {
            case QUESTION -> shortAnswers((Question) n);
            case STEP, WAIT, SUCCESS, ESCALATION -> unlabelled(n);
        };
    }

    private List<Optional<String>> shortAnswers(Question q) {
        List<String> shortened = q.choices().stream()
                .map(Choice::label)
                .map(markdown::plain)
                .map(FlowchartLayout::beforeComma)
                .toList();
        boolean usable = shortened.stream().distinct().count() == shortened.size()
                && shortened.stream().allMatch(a -> bold.width(a, SMALL_FONT) <= MAX_SHORT_ANSWER);
        List<String> words = usable
                ? shortened
                : java.util.stream.IntStream.rangeClosed(1, shortened.size())
                        .mapToObj(String::valueOf)
                        .toList();
        return words.stream().map(Optional::of).toList();
    }

    /** No words on any of the node's outgoing edges. */
    private static List<Optional<String>> unlabelled(Node n) {
        return n.successors().stream().map(s -> Optional.<String>empty()).toList();
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
