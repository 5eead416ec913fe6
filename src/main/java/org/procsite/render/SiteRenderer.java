package org.procsite.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.procsite.model.Procedure;
import org.procsite.render.decision.DecisionPageRenderer;

/**
 * Renders the whole site in memory. The list of renderers is the extension point: each new
 * output (decision page, PDF, flowchart) is one more {@link Renderer}.
 */
public final class SiteRenderer {

    private final List<Renderer> renderers;

    public SiteRenderer(List<Renderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    /** The renderers of every output named in DESIGN.md. */
    public static SiteRenderer standard() {
        return new SiteRenderer(List.of(
                new PageRenderer("index.ftlh", "index.html"),
                new DecisionPageRenderer(),
                new SchemaRenderer(),
                new org.procsite.render.sheet.SheetRenderer()));
    }

    /** Every file of the site by name, sorted, so the order never depends on the renderers. */
    public Map<String, SiteFile> render(Procedure procedure, Templates templates) throws IOException {
        RenderContext context = RenderContext.of(procedure, templates);
        Map<String, SiteFile> files = new TreeMap<>();
        List<SiteFile> all = new ArrayList<>();
        for (Renderer renderer : renderers) {
            all.addAll(renderer.render(context));
        }
        for (SiteFile file : all) {
            if (files.put(file.name(), file) != null) {
                throw new IllegalStateException("two renderers wrote " + file.name());
            }
        }
        return files;
    }
}
