package org.procsite.diag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes diagnostics the way compilers do:
 *
 * <pre>
 * procedure.yaml:42:11: error[E006]: 'next' points to 'x', which is not a node
 *    42 |     next: x
 *       |           ^
 *       = help: ...
 * </pre>
 */
public final class DiagnosticFormatter {

    private DiagnosticFormatter() {}

    /** The one-line header: {@code file:line:col: error[E006]: message}. */
    public static String header(Diagnostic d) {
        return ControlCharacters.escape(
                d.fileName() + ":" + d.pos().line() + ":" + d.pos().column() + ": "
                        + d.severity().label() + "[" + d.code().id() + "]: " + d.message());
    }

    /** The header, the source line with a caret under the column, and the hint if any. */
    public static String format(Diagnostic d) {
        StringBuilder out = new StringBuilder(header(d)).append('\n');
        int lineNo = d.pos().line();
        List<String> lines = d.source().lines();
        if (lineNo <= lines.size()) {
            String source = lines.get(lineNo - 1);
            String number = String.valueOf(lineNo);
            String gutter = " ".repeat(Math.max(0, 5 - number.length()));
            // What the terminal shows is what the file holds: an escape sequence or a direction
            // control in the line is written out (\x1b, \u202e), not run.
            out.append(gutter)
                    .append(number)
                    .append(" | ")
                    .append(ControlCharacters.escapeKeepingLines(source))
                    .append('\n');
            out.append("      | ")
                    .append(caretPadding(source, d.pos().column()))
                    .append("^\n");
        }
        d.hint()
                .ifPresent(h -> out.append("      = help: ")
                        .append(ControlCharacters.escape(h))
                        .append('\n'));
        return out.toString();
    }

    /** Spaces up to the column, keeping tabs as tabs so the caret lines up in any terminal. */
    private static String caretPadding(String source, int column) {
        StringBuilder pad = new StringBuilder();
        int cp = 0;
        for (int i = 0; i < source.length() && cp < column - 1; cp++) {
            int c = source.codePointAt(i);
            String shown = ControlCharacters.escapeKeepingLines(Character.toString(c));
            pad.append(c == '\t' ? "\t" : " ".repeat(shown.codePointCount(0, shown.length())));
            i += Character.charCount(c);
        }
        pad.append(" ".repeat(Math.max(0, column - 1 - cp)));
        return pad.toString();
    }

    public static String formatAll(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append(format(d)));
        return out.toString();
    }

    /**
     * What {@code check} prints on stderr: every diagnostic, then, if there are errors, a line
     * such as {@code procedure.yaml: 2 errors, 1 warning}. When the file could not be read as a
     * procedure at all, that line says the other checks are still to come. The preview shows
     * the same text. Diagnostics of several files come file by file, each file with its line.
     */
    public static String report(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        diagnostics.forEach(d ->
                byFile.computeIfAbsent(d.fileName(), f -> new ArrayList<>()).add(d));
        StringBuilder out = new StringBuilder();
        byFile.forEach((fileName, ofFile) -> out.append(reportOneFile(fileName, ofFile)));
        return out.toString();
    }

    private static String reportOneFile(String fileName, List<Diagnostic> diagnostics) {
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        long stopping =
                diagnostics.stream().filter(d -> d.code().stopsTheChecks()).count();
        String rest = stopping == 0
                ? ""
                : "; other problems are checked once " + (stopping == 1 ? "this one is" : "these are") + " fixed";
        return formatAll(diagnostics) + (errors ? fileName + ": " + count(diagnostics) + rest + "\n" : "");
    }

    /** {@code 2 errors, 1 warning}; warnings are left out when there are none. */
    public static String count(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return plural(errors, "error") + (warnings > 0 ? ", " + plural(warnings, "warning") : "");
    }

    /** {@code 1 node}, {@code 14 nodes}. */
    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
