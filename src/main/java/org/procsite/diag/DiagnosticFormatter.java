package org.procsite.diag;

import java.util.List;

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

    private final String fileName;
    private final List<String> lines;

    /**
     * @param fileName as the user named the file, printed before each position
     * @param lines the file's lines, for the source line and its caret; may be empty. Kept as
     *     given, not copied (a big file's lines are a view, read only where a caret goes):
     *     pass an unmodifiable list.
     */
    public DiagnosticFormatter(String fileName, List<String> lines) {
        this.fileName = fileName;
        this.lines = java.util.Collections.unmodifiableList(lines);
    }

    /** The one-line header: {@code file:line:col: error[E006]: message}. */
    public String header(Diagnostic d) {
        return fileName + ":" + d.pos().line() + ":" + d.pos().column() + ": "
                + d.severity().label() + "[" + d.code().id() + "]: " + d.message();
    }

    /** The header, the source line with a caret under the column, and the hint if any. */
    public String format(Diagnostic d) {
        StringBuilder out = new StringBuilder(header(d)).append('\n');
        int lineNo = d.pos().line();
        if (lineNo <= lines.size()) {
            String source = lines.get(lineNo - 1);
            String number = String.valueOf(lineNo);
            String gutter = " ".repeat(Math.max(0, 5 - number.length()));
            out.append(gutter).append(number).append(" | ").append(source).append('\n');
            out.append("      | ").append(caretPadding(source, d.pos().column())).append("^\n");
        }
        d.hint().ifPresent(h -> out.append("      = help: ").append(h).append('\n'));
        return out.toString();
    }

    /** Spaces up to the column, keeping tabs as tabs so the caret lines up in any terminal. */
    private static String caretPadding(String source, int column) {
        StringBuilder pad = new StringBuilder();
        int cp = 0;
        for (int i = 0; i < source.length() && cp < column - 1; cp++) {
            int c = source.codePointAt(i);
            pad.append(c == '\t' ? '\t' : ' ');
            i += Character.charCount(c);
        }
        pad.append(" ".repeat(Math.max(0, column - 1 - cp)));
        return pad.toString();
    }

    public String formatAll(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append(format(d)));
        return out.toString();
    }

    /**
     * What {@code check} prints on stderr: every diagnostic, then, if there are errors, a line
     * such as {@code procedure.yaml: 2 errors, 1 warning}. When the file could not be read as a
     * procedure at all, that line says the other checks are still to come. The preview shows
     * the same text.
     */
    public String report(List<Diagnostic> diagnostics) {
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        long stopping = diagnostics.stream().filter(d -> d.code().stopsTheChecks()).count();
        String rest = stopping == 0 ? ""
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
