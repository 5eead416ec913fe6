package org.procsite.render.decision;

import com.google.zxing.common.BitMatrix;
import org.procsite.render.Markup;
import org.procsite.render.QrMatrix;

/**
 * A QR code as inline SVG for {@code index.html}: one path, one unit per module, a 4-module
 * quiet zone, black on white whatever the page's colours, crisp at any size. zxing encodes it.
 */
final class QrSvg {

    private QrSvg() {}

    /** @param label what a screen reader says instead, as plain text (escaped here) */
    static String svg(String text, String label) {
        BitMatrix matrix = QrMatrix.of(text);
        int n = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < n && matrix.get(x + run, y)) {
                    run++;
                }
                path.append('M')
                        .append(x)
                        .append(' ')
                        .append(y)
                        .append('h')
                        .append(run)
                        .append("v1h-")
                        .append(run)
                        .append('z');
                x += run;
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + n + " " + n
                + "\" width=\"200\" height=\"200\" role=\"img\" aria-label=\"" + Markup.escape(label)
                + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
                + "\"/></svg>";
    }
}
