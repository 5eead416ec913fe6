package org.procsite.diag;

import java.util.List;

/**
 * {@code check --format json}: one JSON object per diagnostic, one per line (JSON Lines), keys
 * always in this order:
 *
 * <pre>
 * {"file":"procedure.yaml","line":42,"column":11,"severity":"error","code":"E006","message":"...","hint":"..."}
 * </pre>
 *
 * {@code line} and {@code column} count from 1, the column in Unicode code points;
 * {@code hint} is {@code null} when there is none.
 */
public final class JsonLinesFormatter {

    private JsonLinesFormatter() {}

    public static String format(Diagnostic d) {
        return "{\"file\":" + Json.quote(d.fileName())
                + ",\"line\":" + d.pos().line()
                + ",\"column\":" + d.pos().column()
                + ",\"severity\":" + Json.quote(d.severity().label())
                + ",\"code\":" + Json.quote(d.code().id())
                + ",\"message\":" + Json.quote(d.message())
                + ",\"hint\":" + d.hint().map(Json::quote).orElse("null")
                + "}\n";
    }

    public static String formatAll(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append(format(d)));
        return out.toString();
    }
}
