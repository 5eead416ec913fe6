package org.procsite.render.sheet;

import java.util.List;
import java.util.Optional;
import org.procsite.model.NodeType;

/**
 * The procedure graph laid out once per build: boxes and arrows in whole pixels, ready to be
 * drawn as the standalone SVG, inside tutorial.html and in the PDF. Coordinates grow right and
 * down from the top-left corner of a {@code width} by {@code height} canvas.
 *
 * <p>A {@code compact} chart is the sheet's overview map: each box shows its step number large,
 * plus the phone number of an escalation or the period of a wait; arrows carry short answers.
 * The full chart ({@code flowchart.svg}) shows every title.
 */
record Flowchart(boolean compact, int width, int height, List<Box> boxes, List<Arrow> arrows) {

    Flowchart {
        boxes = List.copyOf(boxes);
        arrows = List.copyOf(arrows);
    }

    /**
     * One node. {@code lines} is its title, wrapped, the first line starting with the step
     * number (in a compact chart, one unwrapped line, not drawn: the node's tooltip); {@code extra}
     * is a line drawn in bold under it, or beside the number in a compact chart (the phone number
     * of an escalation, the update times or period of a wait), or empty.
     */
    record Box(
            String id,
            NodeType type,
            int number,
            int x,
            int y,
            int width,
            int height,
            List<String> lines,
            Optional<String> extra) {
        Box {
            lines = List.copyOf(lines);
        }
    }

    /** An edge from one node to another along {@code points}, with the answer that leads there. */
    record Arrow(String from, String to, List<Point> points, Optional<Label> label) {
        Arrow {
            points = List.copyOf(points);
        }
    }

    /** An answer's words, wrapped, in the rectangle the layout kept free for them. */
    record Label(int x, int y, int width, int height, List<String> lines) {
        Label {
            lines = List.copyOf(lines);
        }
    }

    record Point(int x, int y) {}
}
