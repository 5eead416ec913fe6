package org.procsite.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one way procedure text becomes HTML: CommonMark with raw HTML escaped, links limited to
 * https, http, mailto, tel and {@code #node} anchors (a link to anything else is shown as its
 * text), and images shown as their alt text (a page that works offline loads no image). Every fragment is then checked against a jsoup safelist; a fragment that
 * fails is a bug in this class, so it stops the build instead of being cleaned silently.
 * Thread-safe: the parser and renderers are immutable.
 */
public final class MarkdownText {

    private static final List<String> SCHEMES = List.of("https", "http", "mailto", "tel");

    private final Parser blockParser = Parser.builder().build();
    /** For one-line texts (titles, labels, checklist items): no headings, lists or quotes. */
    private final Parser inlineParser =
            Parser.builder().enabledBlockTypes(Set.of()).build();

    private final HtmlRenderer blockRenderer = renderer(false);
    private final HtmlRenderer inlineRenderer = renderer(true);
    private final Cleaner cleaner = new Cleaner(Safelist.relaxed()
            .removeTags("img")
            .addTags("hr")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "tel", "#")
            .addAttributes("code", "class"));

    private static HtmlRenderer renderer(boolean inline) {
        return HtmlRenderer.builder()
                .escapeHtml(true)
                .omitSingleParagraphP(inline)
                .nodeRendererFactory(ImageAsText::new)
                .nodeRendererFactory(AllowedLinks::new)
                .build();
    }

    /** A text field: paragraphs, lists, emphasis, links. */
    public String block(String markdown) {
        return checked(blockRenderer.render(blockParser.parse(markdown)).strip());
    }

    /** A title, a label or a checklist item: emphasis and links only, no wrapping paragraph. */
    public String inline(String markdown) {
        return checked(inlineRenderer.render(inlineParser.parse(markdown)).strip());
    }

    /** The text alone, without markup, for attributes, the transcript and the flowchart. */
    public String plain(String markdown) {
        return org.jsoup.Jsoup.parse(inline(markdown)).text();
    }

    private String checked(String html) {
        if (!cleaner.isValidBodyHtml(html)) {
            throw new IllegalStateException("Markdown rendered to HTML outside the safelist: " + html);
        }
        return html;
    }

    /** Renders an image as its alt text: nothing to load, and the words still reach the reader. */
    private static final class ImageAsText implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        ImageAsText(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    context.getWriter().text(text.getLiteral());
                } else {
                    context.render(child);
                }
            }
        }
    }

    /**
     * A link to an allowed target is an {@code <a href>}; any other link is its text alone. The
     * default URL sanitiser would instead write {@code href=""}, and mark every link
     * {@code rel="nofollow"}, which the safelist refuses.
     */
    private static final class AllowedLinks implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        AllowedLinks(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class);
        }

        @Override
        public void render(Node node) {
            Link link = (Link) node;
            boolean allowed = isAllowed(link.getDestination());
            if (allowed) {
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("href", context.encodeUrl(link.getDestination()));
                if (link.getTitle() != null) {
                    attributes.put("title", link.getTitle());
                }
                context.getWriter().tag("a", context.extendAttributes(link, "a", attributes));
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            if (allowed) {
                context.getWriter().tag("/a");
            }
        }

        private static boolean isAllowed(String url) {
            if (url.startsWith("#")) {
                return url.length() > 1;
            }
            int colon = url.indexOf(':');
            return colon > 0 && SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT));
        }
    }
}
