package org.procsite.serve;

import java.util.List;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.DiagnosticFormatter;
import org.procsite.load.SourceText;

/**
 * The page the preview shows instead of the site while something is wrong: the diagnostics,
 * exactly as {@code check} prints them, or the message of a render failure. Self-contained
 * and escaped; it does not go through the templates, which may be what is broken.
 */
final class ProblemPage {

    private ProblemPage() {}

    /** What {@code check} prints on stderr: each diagnostic, then the count if there are errors. */
    static String text(String displayName, SourceText source, List<Diagnostic> diagnostics) {
        return new DiagnosticFormatter(displayName, source.lines()).report(diagnostics);
    }

    static String diagnostics(String displayName, String text, List<Diagnostic> diagnostics) {
        String count = DiagnosticFormatter.count(diagnostics);
        return page(displayName + ": " + count,
                "<p>The procedure has " + escape(count) + ". Nothing is published while it does. Fix the file and save:"
                        + " this page reloads by itself.</p>\n<pre class=\"diagnostics\">" + escape(text) + "</pre>\n");
    }

    static String failure(String displayName, String what, String message) {
        return page(displayName + ": " + what,
                "<p>The procedure is valid, but " + escape(what) + ". This is a bug in procsite or in a template,"
                        + " not in the procedure. This page reloads by itself when the next build works.</p>\n"
                        + "<pre class=\"failure\">" + escape(message) + "\n</pre>\n");
    }

    static String missing(String displayName) {
        return page(displayName + " is missing",
                "<p>" + escape(displayName) + " is not there any more (deleted or renamed?). Save it again, or put it"
                        + " back: this page reloads by itself as soon as it is there.</p>\n");
    }

    /** The message of a failure and of its causes, one per line. */
    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 4000; t = t.getCause()) {
            if (out.length() > 0) {
                out.append("\ncaused by: ");
            }
            out.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                out.append(": ").append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return out.toString();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<link rel=\"icon\" href=\"data:,\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<style>body{font:16px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}"
                + "h1{font-size:1.3rem;color:#a30000}pre{font:14px/1.35 ui-monospace,monospace;"
                + "background:#f6f6f6;border:1px solid #ccc;padding:1rem;overflow-x:auto;white-space:pre}</style>\n"
                + "</head>\n<body>\n<main>\n<h1>" + escape(title) + "</h1>\n" + body + "</main>\n</body>\n</html>\n";
    }

    static String escape(String s) {
        return org.procsite.render.Markup.escape(s);
    }
}
