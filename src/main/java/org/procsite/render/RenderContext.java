package org.procsite.render;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.procsite.model.Procedure;

/**
 * What every renderer of one build shares: the checked procedure, its template view, the
 * templates, the page words and the Markdown renderer; and, for the pages that describe the
 * others, the PDF's page count once it is made; and where the pages sit in the site.
 * Immutable; safe to share across threads.
 */
public record RenderContext(
        Procedure procedure,
        ProcedureView view,
        Templates templates,
        Messages messages,
        MarkdownText markdown,
        Optional<PrintedPages> printed,
        SitePlace place) {

    /** The context of a procedure whose site is its own. */
    public static RenderContext of(Procedure procedure, Templates templates) throws IOException {
        return of(procedure, templates, SitePlace.ROOT);
    }

    public static RenderContext of(Procedure procedure, Templates templates, SitePlace place) throws IOException {
        MarkdownText markdown = new MarkdownText();
        Messages messages = Messages.load(templates, procedure.lang());
        return new RenderContext(
                procedure,
                ProcedureView.of(procedure, markdown, messages),
                templates,
                messages,
                markdown,
                Optional.empty(),
                place);
    }

    /** The same context, knowing how many pages tutorial.pdf has. */
    public RenderContext withPrinted(PrintedPages pages) {
        return new RenderContext(procedure, view, templates, messages, markdown, Optional.of(pages), place);
    }

    /**
     * The data model every template receives: {@code p} the procedure, {@code msg} the words,
     * {@code printed} (pages, sheets) when the PDF's page count is known, and {@code site}:
     * {@code several} (true in a site of several procedures) and {@code root} (the way up to the
     * list of them, {@code ../}, or empty).
     */
    public Map<String, Object> model() {
        Map<String, Object> site = Map.of("several", place.inFolder(), "root", place.toRoot());
        Map<String, Object> model = new HashMap<>(Map.of("p", view, "msg", messages.all(), "site", site));
        printed.ifPresent(pages -> model.put("printed", pages));
        return Map.copyOf(model);
    }
}
