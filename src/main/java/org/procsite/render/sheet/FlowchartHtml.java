package org.procsite.render.sheet;

import java.util.List;
import java.util.Locale;
import org.procsite.model.NodeType;

/**
 * The laid-out {@link Flowchart} as absolutely positioned HTML boxes, for the poster's PDF: openhtmltopdf
 * draws it with its own fonts and text layout (real, tagged, searchable text in the embedded
 * DejaVu), with no SVG engine to load. The edges are orthogonal, so each segment is a thin box;
 * arrowheads are border triangles. Shapes follow {@link FlowchartSvg}: the same colours, a
 * rounded double border for questions, a dashed box with a clock for waits; in the compact map,
 * each box filled with the colour of its entry's step-number column.
 */
final class FlowchartHtml {

    private FlowchartHtml() {}

    /** @param scale CSS pixels per layout unit */
    static String html(Flowchart chart, double scale, String title) {
        StringBuilder s = new StringBuilder(16_384);
        s.append("<div class=\"fc\" role=\"img\" aria-label=\"")
                .append(FlowchartSvg.esc(title))
                .append("\" style=\"width:")
                .append(px(chart.width() * scale))
                .append(";height:")
                .append(px(chart.height() * scale))
                .append("\">");
        double stroke = Math.max(0.8, 1.4 * scale);
        for (Flowchart.Arrow a : chart.arrows()) {
            arrow(s, a, scale, stroke, chart.compact());
        }
        for (Flowchart.Box b : chart.boxes()) {
            if (chart.compact()) {
                compactBox(s, b, scale);
            } else {
                box(s, b, scale);
            }
        }
        s.append("</div>");
        return s.toString();
    }

    private static void arrow(StringBuilder s, Flowchart.Arrow a, double k, double stroke, boolean compact) {
        s.append("<div class=\"fc-edge\" data-from=\"")
                .append(FlowchartSvg.esc(a.from()))
                .append("\" data-to=\"")
                .append(FlowchartSvg.esc(a.to()))
                .append("\">");
        List<Flowchart.Point> p = a.points();
        for (int i = 1; i < p.size(); i++) {
            double x1 = p.get(i - 1).x() * k;
            double y1 = p.get(i - 1).y() * k;
            double x2 = p.get(i).x() * k;
            double y2 = p.get(i).y() * k;
            double left = Math.min(x1, x2) - stroke / 2;
            double top = Math.min(y1, y2) - stroke / 2;
            s.append("<div class=\"fc-seg\" style=\"left:")
                    .append(px(left))
                    .append(";top:")
                    .append(px(top))
                    .append(";width:")
                    .append(px(Math.abs(x2 - x1) + stroke))
                    .append(";height:")
                    .append(px(Math.abs(y2 - y1) + stroke))
                    .append("\"></div>");
        }
        Flowchart.Point end = p.get(p.size() - 1);
        Flowchart.Point before = p.get(p.size() - 2);
        double half = 3.5 * k;
        double length = 7 * k;
        double x = end.x() * k;
        double y = end.y() * k;
        String style;
        if (end.y() > before.y()) { // down
            style = "left:" + px(x - half) + ";top:" + px(y - length) + ";border-left:" + px(half)
                    + " solid transparent;border-right:" + px(half) + " solid transparent;border-top:" + px(length)
                    + " solid #333";
        } else if (end.y() < before.y()) { // up
            style = "left:" + px(x - half) + ";top:" + px(y) + ";border-left:" + px(half)
                    + " solid transparent;border-right:" + px(half) + " solid transparent;border-bottom:" + px(length)
                    + " solid #333";
        } else if (end.x() > before.x()) { // right
            style = "left:" + px(x - length) + ";top:" + px(y - half) + ";border-top:" + px(half)
                    + " solid transparent;border-bottom:" + px(half) + " solid transparent;border-left:" + px(length)
                    + " solid #333";
        } else { // left
            style = "left:" + px(x) + ";top:" + px(y - half) + ";border-top:" + px(half)
                    + " solid transparent;border-bottom:" + px(half) + " solid transparent;border-right:" + px(length)
                    + " solid #333";
        }
        s.append("<div class=\"fc-head\" style=\"").append(style).append("\"></div>");
        a.label().ifPresent(l -> {
            s.append("<div class=\"fc-label")
                    .append(compact ? " fc-answer" : "")
                    .append("\" style=\"left:")
                    .append(px((l.x() + 2) * k))
                    .append(";top:")
                    .append(px((l.y() + 1) * k))
                    .append(";font-size:")
                    .append(px((compact ? FlowchartLayout.SMALL_FONT : FlowchartLayout.LABEL_FONT) * k))
                    .append(";line-height:")
                    .append(px((compact ? FlowchartLayout.SMALL_LINE : FlowchartLayout.LABEL_LINE) * k))
                    .append("\">");
            for (String line : l.lines()) {
                s.append("<div>").append(FlowchartSvg.esc(line)).append("</div>");
            }
            s.append("</div>");
        });
        s.append("</div>");
    }

    private static void box(StringBuilder s, Flowchart.Box b, double k) {
        double padLeft = FlowchartLayout.PAD
                + switch (b.type()) {
                    case QUESTION -> FlowchartLayout.POINT;
                    case WAIT -> FlowchartLayout.CLOCK;
                    case STEP, SUCCESS, ESCALATION -> 0;
                };
        s.append("<div class=\"fc-box fc-")
                .append(b.type().cssClass())
                .append("\" data-node=\"")
                .append(FlowchartSvg.esc(b.id()))
                .append("\" style=\"left:")
                .append(px(b.x() * k))
                .append(";top:")
                .append(px(b.y() * k))
                .append(";width:")
                .append(px(b.width() * k))
                .append(";height:")
                .append(px(b.height() * k))
                .append(";font-size:")
                .append(px(FlowchartLayout.FONT * k))
                .append(";line-height:")
                .append(px(FlowchartLayout.LINE * k))
                .append("\">");
        if (hasClock(b.type())) {
            s.append("<div class=\"fc-clock\" style=\"left:")
                    .append(px(FlowchartLayout.PAD * k))
                    .append(";top:")
                    .append(px(FlowchartLayout.PAD * k))
                    .append(";font-size:")
                    .append(px(13 * k))
                    .append("\">\u25F7</div>");
        }
        // Each line placed on its own, like the SVG's baselines: borders and rounding cannot push it out.
        for (int i = 0; i < b.lines().size(); i++) {
            String line = b.lines().get(i);
            s.append(lineDiv(padLeft * k, (FlowchartLayout.PAD + i * FlowchartLayout.LINE) * k, ""));
            if (i == 0) {
                int dot = line.indexOf(". ");
                s.append("<b>")
                        .append(FlowchartSvg.esc(line.substring(0, dot + 1)))
                        .append("</b>")
                        .append(FlowchartSvg.esc(line.substring(dot + 1)));
            } else {
                s.append(FlowchartSvg.esc(line));
            }
            s.append("</div>");
        }
        if (b.extra().isPresent()) {
            s.append(lineDiv(
                            padLeft * k,
                            (FlowchartLayout.PAD + b.lines().size() * FlowchartLayout.LINE) * k,
                            " fc-extra"))
                    .append(FlowchartSvg.esc(b.extra().get()))
                    .append("</div>");
        }
        s.append("</div>");
    }

    /**
     * A box of the compact map: the step number, large and bold, and beside it the box's extra
     * (phone number, wait period), centred on one line. The border is 1 CSS px (flowchart.css).
     */
    private static void compactBox(StringBuilder s, Flowchart.Box b, double k) {
        s.append("<div class=\"fc-box fc-mark fc-")
                .append(b.type().cssClass())
                .append("\" data-node=\"")
                .append(FlowchartSvg.esc(b.id()))
                .append("\" style=\"left:")
                .append(px(b.x() * k))
                .append(";top:")
                .append(px(b.y() * k))
                .append(";width:")
                .append(px(b.width() * k))
                .append(";height:")
                .append(px(b.height() * k))
                .append(";line-height:")
                .append(px(b.height() * k - 2))
                .append(";font-size:")
                .append(px(FlowchartLayout.NUMBER_FONT * k));
        if (roundedEnds(b.type())) {
            s.append(";border-radius:").append(px(b.height() * k / 2));
        }
        s.append("\"><b>").append(b.number()).append("</b>");
        b.extra()
                .ifPresent(e -> s.append("<span class=\"fc-extra\" style=\"font-size:")
                        .append(px(FlowchartLayout.SMALL_FONT * k))
                        .append("\"> ")
                        .append(FlowchartSvg.esc(e))
                        .append("</span>"));
        s.append("</div>");
    }

    /** A wait's full box has the clock mark on its left. */
    private static boolean hasClock(NodeType type) {
        return switch (type) {
            case WAIT -> true;
            case QUESTION, STEP, SUCCESS, ESCALATION -> false;
        };
    }

    /** A question's compact box has rounded ends. */
    private static boolean roundedEnds(NodeType type) {
        return switch (type) {
            case QUESTION -> true;
            case STEP, WAIT, SUCCESS, ESCALATION -> false;
        };
    }

    private static String lineDiv(double left, double top, String extraClass) {
        return "<div class=\"fc-line" + extraClass + "\" style=\"left:" + px(left - 1) + ";top:" + px(top - 1) + "\">";
    }

    private static String px(double v) {
        return String.format(Locale.ROOT, "%.2fpx", v);
    }
}
