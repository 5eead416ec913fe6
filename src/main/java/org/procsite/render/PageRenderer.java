package org.procsite.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A page that is one template applied to the shared model: the landing page, the plain tutorial. */
public final class PageRenderer implements Renderer {

    private final String template;
    private final String fileName;

    public PageRenderer(String template, String fileName) {
        this.template = template;
        this.fileName = fileName;
    }

    @Override
    public List<SiteFile> render(RenderContext context) throws IOException {
        String html = context.templates().apply(template, context.model());
        return List.of(new SiteFile(fileName, html.getBytes(StandardCharsets.UTF_8)));
    }
}
