package org.procsite.render.sheet;

import java.io.IOException;
import java.util.Map;
import org.procsite.render.RenderContext;

/**
 * {@code poster.pdf}: the A3 wall poster, one page per procedure, read from across the room. The
 * number to call in large type, the version and date, the compact map (each box its step number,
 * as on the sheet and the phone page) and every step's title beside its number: no text under
 * {@value FlowchartLayout#MIN_PRINTED_PT} pt.
 *
 * <p>Below the header, two columns: the map on the left, as wide as its column allows
 * ({@link #MAP_COLUMN_PX} at most, {@link #MAX_SCALE} at most), and the steps on the right. A
 * first layout of the poster, with an empty slot as wide as the map, says how much room is left
 * under the map's heading; the map then takes the largest scale that fits there, and never one
 * under which its text would print below {@value FlowchartLayout#MIN_PRINTED_PT} pt
 * ({@link FlowchartLayout#MIN_READABLE_SCALE}).
 */
final class Poster {

    static final String TEMPLATE = "poster.ftlh";

    /** A3 portrait with 12 mm margins, as poster.css's {@code @page}: the width of the page's content in CSS px. */
    static final double CONTENT_WIDTH_PX = (297 - 24) / 25.4 * 96;

    /** The widest the map's column may be: the rest is for the steps. */
    static final double MAP_COLUMN_PX = Math.floor(CONTENT_WIDTH_PX * 0.7);

    /** The largest the map is drawn: its step numbers at about 32 pt. */
    static final double MAX_SCALE = 2.4;

    /** Kept free under the map so rounding never pushes anything onto a second page. */
    private static final double ROUNDING_ROOM_PX = 12;

    private static final String SLOT = "poster-slot";

    private Poster() {}

    /** What the template sees as {@code poster}: the map's markup (an empty slot in the probe) and its column's width in px. */
    public record PosterView(String map, int mapWidth) {}

    static byte[] pdf(RenderContext context, SheetMemo memo) throws IOException {
        SheetMemo.Charts layout = memo.layout(context.procedure(), MAP_COLUMN_PX, context.markdown());
        String title = context.messages().get("poster.map.title", context.view().title());
        Flowchart chart = SheetRenderer.join(layout.sheet());
        double widthScale =
                Math.max(FlowchartLayout.MIN_READABLE_SCALE, Math.min(MAX_SCALE, MAP_COLUMN_PX / chart.width()));
        int column = (int) Math.ceil(chart.width() * widthScale);
        String probe = page(context, "<div id=\"" + SLOT + "\"></div>", column);
        TutorialPdf.FinalPage printed = slot -> {
            double room = slot.roomBelowPt() * 4 / 3.0 - ROUNDING_ROOM_PX;
            double scale = Math.max(FlowchartLayout.MIN_READABLE_SCALE, Math.min(widthScale, room / chart.height()));
            return page(context, FlowchartHtml.html(chart, scale, title), column);
        };
        return memo.measuredPdf(probe, SLOT, printed, context.procedure().updated());
    }

    private static String page(RenderContext context, String map, int mapWidth) throws IOException {
        return context.templates()
                .apply(
                        TEMPLATE,
                        Map.of(
                                "p",
                                context.view(),
                                "msg",
                                context.messages().all(),
                                "poster",
                                new PosterView(map, mapWidth)));
    }
}
