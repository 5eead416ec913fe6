package org.procsite.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.DiagnosticFormatter;
import org.procsite.diag.SourceText;
import org.procsite.render.Markup;
import org.procsite.render.Messages;
import org.procsite.render.Templates;

/**
 * The page the preview shows instead of the site while something is wrong: the diagnostics,
 * exactly as {@code check} prints them, or the message of a render failure. Self-contained
 * and escaped; it does not go through the templates, which may be what is broken.
 */
final class ProblemPage {

    private ProblemPage() {}

    /** What {@code check} prints on stderr: each diagnostic, then the count if there are errors. */
    static String text(List<Diagnostic> diagnostics) {
        return DiagnosticFormatter.report(diagnostics);
    }

    /**
     * The page's own sentences, in the procedure's language when templates/messages_LANG has
     * them; the diagnostics stay as {@code check} prints them, in English, and the page says so.
     *
     * @param note empty in English
     * @param others heads the links to the procedures still previewed, on the root of a site of several
     */
    record Words(String lang, String invalid, String failure, String note, String others) {

        static final Words ENGLISH = new Words(
                "en",
                "Nothing is published while the procedure has errors. Fix the file and save: this page reloads by itself.",
                "The procedure is valid, but the site could not be made. This is a bug in procsite or in a template, not in"
                        + " the procedure. This page reloads by itself when the next build works.",
                "",
                "The other procedures are previewed meanwhile:");

        /** The words for {@code lang}; English if there is no translation, or the templates cannot be read. */
        static Words of(Path templatesFolder, String lang) {
            try {
                Messages m = Messages.load(Templates.from(Optional.of(templatesFolder)), lang);
                String primary = m.locale().getLanguage();
                return new Words(
                        m.all().containsKey("problem.invalid") ? primary : "en",
                        m.all().getOrDefault("problem.invalid", ENGLISH.invalid),
                        m.all().getOrDefault("problem.failure", ENGLISH.failure),
                        m.all().getOrDefault("problem.note", ""),
                        m.all().getOrDefault("problem.others", ENGLISH.others));
            } catch (IOException | RuntimeException e) {
                return ENGLISH;
            }
        }
    }

    /** The language the procedure file declares, read from its text even when it is not valid YAML. */
    static String declaredLang(SourceText source) {
        for (String line : source.lines()) {
            Matcher m = LANG.matcher(line);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return "en";
    }

    private static final Pattern LANG =
            Pattern.compile("^lang:\\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)[\"']?\\s*(#.*)?$");

    static String diagnostics(String displayName, String text, List<Diagnostic> diagnostics, Words words) {
        String count = DiagnosticFormatter.count(diagnostics);
        return page(
                words.lang(),
                displayName + ": " + count,
                "<p>" + escape(words.invalid()) + "</p>\n" + note(words) + "<pre class=\"diagnostics\">" + escape(text)
                        + "</pre>\n");
    }

    static String failure(String displayName, String what, String message, Words words) {
        return page(
                words.lang(),
                displayName + ": " + what,
                "<p>" + escape(words.failure()) + "</p>\n" + note(words) + "<pre class=\"failure\">" + escape(message)
                        + "\n</pre>\n");
    }

    /** A procedure still previewed while another has a problem: its title, and its decision page in the site. */
    record Link(String title, String lang, String page) {}

    /**
     * The root of a site of several while a procedure has a problem: what {@code build} would
     * refuse the site for, and links to the procedures that are still previewed.
     *
     * @param names the files with a problem, as the user typed them
     * @param text their diagnostics as {@code check} prints them; "" if none
     * @param failures the other problems (a file missing, a render failure), one per line
     */
    static String site(
            List<String> names,
            String text,
            List<Diagnostic> diagnostics,
            List<String> failures,
            List<Link> working,
            Words words) {
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        StringBuilder body = new StringBuilder();
        body.append("<p>")
                .append(escape(errors ? words.invalid() : words.failure()))
                .append("</p>\n");
        if (!text.isEmpty()) {
            body.append(note(words))
                    .append("<pre class=\"diagnostics\">")
                    .append(escape(text))
                    .append("</pre>\n");
        }
        if (!failures.isEmpty()) {
            body.append("<pre class=\"failure\">")
                    .append(escape(String.join("\n", failures)))
                    .append("\n</pre>\n");
        }
        if (!working.isEmpty()) {
            body.append("<p>").append(escape(words.others())).append("</p>\n<ul class=\"previewed\">\n");
            for (Link link : working) {
                body.append("<li><a href=\"")
                        .append(escape(link.page()))
                        .append("\" lang=\"")
                        .append(escape(link.lang()))
                        .append("\">")
                        .append(escape(link.title()))
                        .append("</a></li>\n");
            }
            body.append("</ul>\n");
        }
        String what = errors ? DiagnosticFormatter.count(diagnostics) : "not previewed";
        return page(words.lang(), String.join(", ", names) + ": " + what, body.toString());
    }

    private static String note(Words words) {
        return words.note().isEmpty() ? "" : "<p class=\"note\">" + escape(words.note()) + "</p>\n";
    }

    static String missing(String displayName) {
        return page(
                "en",
                displayName + " is missing", // the file, and so its language, is not there
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
            } else if (t instanceof StackOverflowError) {
                out.append(": the work nested too deeply (a template that calls itself?)");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return out.toString();
    }

    private static String page(String lang, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<link rel=\"icon\" href=\"data:,\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<style>body{font:16px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}"
                + "h1{font-size:1.3rem;color:#a30000}pre{font:14px/1.35 ui-monospace,monospace;"
                + "background:#f6f6f6;border:1px solid #ccc;padding:1rem;overflow-x:auto;white-space:pre}</style>\n"
                + "</head>\n<body>\n<main>\n<h1>" + escape(title) + "</h1>\n" + body + "</main>\n</body>\n</html>\n";
    }

    static String escape(String s) {
        return Markup.escape(s);
    }
}
