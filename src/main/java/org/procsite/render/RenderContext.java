package org.procsite.render;

import org.procsite.model.Procedure;

/**
 * What every renderer of one build shares: the checked procedure, its template view, the
 * templates, the page words and the Markdown renderer. Immutable; safe to share across threads.
 */
public record RenderContext(
        Procedure procedure, ProcedureView view, Templates templates, Messages messages, MarkdownText markdown) {

    public static RenderContext of(Procedure procedure, Templates templates) throws java.io.IOException {
        MarkdownText markdown = new MarkdownText();
        Messages messages = Messages.load(templates, procedure.lang());
        return new RenderContext(procedure, ProcedureView.of(procedure, markdown, messages), templates, messages, markdown);
    }

    /** The data model every template receives: {@code p} the procedure, {@code msg} the words. */
    public java.util.Map<String, Object> model() {
        return java.util.Map.of("p", view, "msg", messages.all());
    }
}
