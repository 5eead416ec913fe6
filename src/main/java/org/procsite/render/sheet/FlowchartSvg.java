package org.procsite.render.sheet;

import java.util.List;
import java.util.Locale;
import org.procsite.model.NodeType;

/**
 * Writes a laid-out {@link Flowchart} as SVG: a shape per node type, orthogonal arrows with
 * their answers, real {@code <text>} (searchable, read by screen readers) and
 * {@code data-node="ID"} on each node's group. The same markup is the standalone file and the
 * figure inside the tutorial.
 */
final class FlowchartSvg {

    static final String FONT_FAMILY = "'DejaVu Sans Condensed', 'DejaVu Sans', 'Arial Narrow', Arial, sans-serif";

    private FlowchartSvg() {}

    /** The {@code flowchart.svg} file: an XML declaration, then the drawing. */
    static String standalone(Flowchart chart, String title, String description) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(chart, title, description, "flowchart") + "\n";
    }

    /**
     * The drawing alone, to put inside an (X)HTML page.
     * @param idPrefix makes the ids inside (the arrowhead marker) unique in the page
     */
    static String svg(Flowchart chart, String title, String description, String idPrefix) {
        StringBuilder s = new StringBuilder(16_384);
        String marker = idPrefix + "-arrow";
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(" viewBox=\"0 0 ")
                .append(chart.width())
                .append(' ')
                .append(chart.height())
                .append('"')
                .append(" width=\"")
                .append(chart.width())
                .append("\" height=\"")
                .append(chart.height())
                .append('"')
                .append(" role=\"img\" aria-label=\"")
                .append(esc(title))
                .append('"')
                .append(" font-family=\"")
                .append(esc(FONT_FAMILY))
                .append("\">\n");
        s.append("<title>").append(esc(title)).append("</title>\n");
        s.append("<desc>").append(esc(description)).append("</desc>\n");
        s.append("<defs><marker id=\"")
                .append(marker)
                .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
                .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\" markerUnits=\"userSpaceOnUse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        for (Flowchart.Arrow a : chart.arrows()) {
            arrow(s, a, marker, chart.compact());
        }
        for (Flowchart.Box b : chart.boxes()) {
            if (chart.compact()) {
                compactBox(s, b);
            } else {
                box(s, b);
            }
        }
        s.append("</svg>");
        return s.toString();
    }

    private static void arrow(StringBuilder s, Flowchart.Arrow a, String marker, boolean compact) {
        s.append("<g class=\"edge\" data-from=\"")
                .append(esc(a.from()))
                .append("\" data-to=\"")
                .append(esc(a.to()))
                .append("\"><path d=\"");
        List<Flowchart.Point> pts = a.points();
        for (int i = 0; i < pts.size(); i++) {
            s.append(i == 0 ? "M" : " L")
                    .append(pts.get(i).x())
                    .append(',')
                    .append(pts.get(i).y());
        }
        s.append("\" fill=\"none\" stroke=\"#333\" stroke-width=\"1.4\" marker-end=\"url(#")
                .append(marker)
                .append(")\"/>");
        a.label().ifPresent(l -> {
            if (compact) {
                s.append("<text x=\"")
                        .append(l.x() + 2)
                        .append("\" y=\"")
                        .append(fmt(l.y() + 1 + 0.8 * FlowchartLayout.SMALL_LINE))
                        .append("\" font-size=\"")
                        .append(fmt(FlowchartLayout.SMALL_FONT))
                        .append("\" font-weight=\"bold\" fill=\"#1f4fa8\">")
                        .append(esc(l.lines().get(0)))
                        .append("</text>");
                return;
            }
            for (int i = 0; i < l.lines().size(); i++) {
                s.append("<text x=\"")
                        .append(l.x() + 2)
                        .append("\" y=\"")
                        .append(fmt(l.y() + 1 + (i + 0.8) * FlowchartLayout.LABEL_LINE))
                        .append("\" font-size=\"")
                        .append(fmt(FlowchartLayout.LABEL_FONT))
                        .append("\" font-style=\"italic\" fill=\"#222\">")
                        .append(esc(l.lines().get(i)))
                        .append("</text>");
            }
        });
        s.append("</g>\n");
    }

    /**
     * How a type's box is drawn in the full chart.
     *
     * @param textRoom room left of the title for the type's mark (a hexagon's point, the clock)
     */
    private record Shape(String markup, double textRoom, String textColour) {}

    /** A question's box: a hexagon, its points left and right. */
    private static String hexagon(int x, int y, int w, int h, NodeType.Colours colours) {
        StringBuilder s = new StringBuilder();
        int p = (int) FlowchartLayout.POINT;
        s.append("<path d=\"M")
                .append(x + p)
                .append(',')
                .append(y)
                .append(" H")
                .append(x + w - p)
                .append(" L")
                .append(x + w)
                .append(',')
                .append(fmt(y + h / 2.0))
                .append(" L")
                .append(x + w - p)
                .append(',')
                .append(y + h)
                .append(" H")
                .append(x + p)
                .append(" L")
                .append(x)
                .append(',')
                .append(fmt(y + h / 2.0))
                .append(" Z\" fill=\"")
                .append(colours.light())
                .append("\" stroke=\"")
                .append(colours.main())
                .append("\" stroke-width=\"2\"/>");
        return s.toString();
    }

    /** A wait's clock mark, left of its title. */
    private static String clock(int x, int y, NodeType.Colours colours) {
        StringBuilder s = new StringBuilder();
        double cx = x + FlowchartLayout.PAD + 6;
        double cy = y + FlowchartLayout.PAD + 7;
        s.append("<circle class=\"clock\" cx=\"")
                .append(fmt(cx))
                .append("\" cy=\"")
                .append(fmt(cy))
                .append("\" r=\"6\" fill=\"#fff\" stroke=\"")
                .append(colours.main())
                .append("\" stroke-width=\"1.5\"/>")
                .append("<path d=\"M")
                .append(fmt(cx))
                .append(',')
                .append(fmt(cy - 4))
                .append(" V")
                .append(fmt(cy))
                .append(" H")
                .append(fmt(cx + 3))
                .append("\" fill=\"none\" stroke=\"")
                .append(colours.main())
                .append("\" stroke-width=\"1.5\"/>");
        return s.toString();
    }

    private static void box(StringBuilder s, Flowchart.Box b) {
        NodeType type = b.type();
        NodeType.Colours colours = type.colours();
        s.append("<g class=\"node ")
                .append(type.cssClass())
                .append("\" data-node=\"")
                .append(esc(b.id()))
                .append("\" data-type=\"")
                .append(type.yamlName())
                .append("\">");
        int x = b.x();
        int y = b.y();
        int w = b.width();
        int h = b.height();
        Shape shape = switch (type) {
            case QUESTION -> new Shape(hexagon(x, y, w, h, colours), FlowchartLayout.POINT, "#111");
            case WAIT ->
                new Shape(
                        rect(x, y, w, h, 2, colours.light(), colours.main(), "1.6")
                                + " stroke-dasharray=\"5 3\"/>"
                                + clock(x, y, colours),
                        FlowchartLayout.CLOCK,
                        "#111");
            case SUCCESS -> new Shape(rect(x, y, w, h, 12, colours.light(), colours.main(), "2.5") + "/>", 0, "#111");
            case ESCALATION -> new Shape(rect(x, y, w, h, 4, colours.light(), colours.dark(), "2") + "/>", 0, "#fff");
            case STEP -> new Shape(rect(x, y, w, h, 0, colours.light(), "#333", "1.4") + "/>", 0, "#111");
        };
        s.append(shape.markup());
        String text = shape.textColour();
        double textX = x + FlowchartLayout.PAD + shape.textRoom();
        double baseline = y + FlowchartLayout.PAD + 0.8 * FlowchartLayout.LINE;
        for (int i = 0; i < b.lines().size(); i++) {
            String line = b.lines().get(i);
            s.append("<text x=\"")
                    .append(fmt(textX))
                    .append("\" y=\"")
                    .append(fmt(baseline + i * FlowchartLayout.LINE))
                    .append("\" font-size=\"")
                    .append(fmt(FlowchartLayout.FONT))
                    .append("\" fill=\"")
                    .append(text)
                    .append("\">");
            if (i == 0) {
                int dot = line.indexOf(". ");
                s.append("<tspan font-weight=\"bold\">")
                        .append(esc(line.substring(0, dot + 1)))
                        .append("</tspan>")
                        .append(esc(line.substring(dot + 1)));
            } else {
                s.append(esc(line));
            }
            s.append("</text>");
        }
        if (b.extra().isPresent()) {
            s.append("<text x=\"")
                    .append(fmt(textX))
                    .append("\" y=\"")
                    .append(fmt(baseline + b.lines().size() * FlowchartLayout.LINE))
                    .append("\" font-size=\"")
                    .append(fmt(FlowchartLayout.FONT))
                    .append("\" font-weight=\"bold\" fill=\"")
                    .append("#fff".equals(text) ? text : "#6b4700")
                    .append("\">")
                    .append(esc(b.extra().get()))
                    .append("</text>");
        }
        s.append("</g>\n");
    }

    /**
     * A box of the compact map, as on the poster (flowchart.css, {@code .fc-mark}): filled with the
     * colour of its entry's step-number column, the number large and white, the extra beside it;
     * the full title is the node's {@code <title>} (tooltip, screen readers).
     */
    private static void compactBox(StringBuilder s, Flowchart.Box b) {
        NodeType type = b.type();
        s.append("<g class=\"node ")
                .append(type.cssClass())
                .append("\" data-node=\"")
                .append(esc(b.id()))
                .append("\" data-type=\"")
                .append(type.yamlName())
                .append("\"><title>")
                .append(esc(b.lines().get(0)))
                .append("</title>");
        int r = switch (type) {
            case QUESTION -> b.height() / 2;
            case SUCCESS -> 7;
            case ESCALATION -> 3;
            case STEP, WAIT -> 0;
        };
        String dash = switch (type) {
            case WAIT -> " stroke-dasharray=\"3 2\"";
            case QUESTION, STEP, SUCCESS, ESCALATION -> "";
        };
        s.append(rect(
                        b.x(),
                        b.y(),
                        b.width(),
                        b.height(),
                        r,
                        type.colours().main(),
                        type.colours().dark(),
                        "1"))
                .append(dash)
                .append("/>");
        s.append("<text x=\"")
                .append(fmt(b.x() + b.width() / 2.0))
                .append("\" y=\"")
                .append(fmt(b.y() + b.height() / 2.0 + 0.36 * FlowchartLayout.NUMBER_FONT))
                .append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#fff\" font-size=\"")
                .append(fmt(FlowchartLayout.NUMBER_FONT))
                .append("\">")
                .append(b.number());
        b.extra()
                .ifPresent(e -> s.append("<tspan font-size=\"")
                        .append(fmt(FlowchartLayout.SMALL_FONT))
                        .append("\"> ")
                        .append(esc(e))
                        .append("</tspan>"));
        s.append("</text></g>\n");
    }

    private static String rect(int x, int y, int w, int h, int r, String fill, String stroke, String strokeWidth) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\""
                + (r > 0 ? " rx=\"" + r + "\"" : "") + " fill=\"" + fill + "\" stroke=\"" + stroke
                + "\" stroke-width=\"" + strokeWidth + "\"";
    }

    /** One decimal at most, "." as the separator, whatever the machine's locale. */
    static String fmt(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    static String esc(String s) {
        return org.procsite.render.Markup.escape(s);
    }
}
