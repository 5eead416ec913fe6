package org.procsite.render.decision;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.procsite.render.RenderContext;
import org.procsite.render.Renderer;
import org.procsite.render.SiteFile;

/**
 * {@code index.html}, the page that gets the decision page onto a phone: links to every output,
 * the QR code to the decision page when the procedure has a {@code site_url}, and how to keep it
 * on an iPhone, on Android, and with no network. The template receives {@code qr}, inline SVG or
 * empty.
 */
public final class IndexPageRenderer implements Renderer {

    public static final String FILE_NAME = "index.html";

    @Override
    public List<SiteFile> render(RenderContext context) throws IOException {
        Map<String, Object> model = new LinkedHashMap<>(context.model());
        String url = context.view().siteUrl();
        String qr = url.isEmpty()
                ? ""
                : QrSvg.svg(url, context.messages().get("index.phone.qr.alt").replace("{0}", url));
        try {
            model.put("qr", HTMLOutputFormat.INSTANCE.fromMarkup(qr));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        String html = context.templates().apply("index.ftlh", model);
        return List.of(new SiteFile(FILE_NAME, html.getBytes(StandardCharsets.UTF_8)));
    }
}
