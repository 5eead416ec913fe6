package org.procsite.render.decision;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The home-screen icons of the decision page, drawn at build time: a white decision diamond
 * branching into two ends, on the page's blue. Shapes only, no text, so no font can make two
 * machines draw them differently; ImageIO writes no date or other metadata into the PNG, so
 * every build gives the same bytes. Drawn once per run: they do not depend on the procedure.
 */
final class AppIcons {

    /** The page's accent blue (decision.css --accent), also the manifest's theme colour. */
    static final String BLUE = "#0b57d0";

    /** @param purpose "any" (rounded corners, transparent outside) or "maskable" (full bleed) */
    record Icon(String name, int size, String purpose, byte[] png) {}

    private static final List<Icon> ICONS = List.of(
            new Icon("icon-192.png", 192, "any", draw(192, false)),
            new Icon("icon-512.png", 512, "any", draw(512, false)),
            new Icon("icon-maskable-512.png", 512, "maskable", draw(512, true)));

    private AppIcons() {}

    static List<Icon> all() {
        return ICONS;
    }

    private static byte[] draw(int size, boolean maskable) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.decode(BLUE));
            double s = size;
            if (maskable) {
                g.fillRect(0, 0, size, size); // the phone cuts its own shape out of it
            } else {
                g.fill(new RoundRectangle2D.Double(0, 0, s, s, s * 0.44, s * 0.44));
            }
            // The glyph keeps inside the middle 60 %, the zone a maskable icon never loses.
            g.setColor(Color.WHITE);
            Path2D diamond = new Path2D.Double();
            diamond.moveTo(s * 0.50, s * 0.22);
            diamond.lineTo(s * 0.64, s * 0.36);
            diamond.lineTo(s * 0.50, s * 0.50);
            diamond.lineTo(s * 0.36, s * 0.36);
            diamond.closePath();
            g.fill(diamond);
            Path2D branches = new Path2D.Double();
            branches.moveTo(s * 0.50, s * 0.48);
            branches.lineTo(s * 0.50, s * 0.58);
            branches.lineTo(s * 0.34, s * 0.70);
            branches.moveTo(s * 0.50, s * 0.58);
            branches.lineTo(s * 0.66, s * 0.70);
            g.setStroke(new BasicStroke((float) (s * 0.045), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(branches);
            double r = s * 0.065;
            g.fill(new Ellipse2D.Double(s * 0.34 - r, s * 0.72 - r, 2 * r, 2 * r));
            g.fill(new Ellipse2D.Double(s * 0.66 - r, s * 0.72 - r, 2 * r, 2 * r));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
