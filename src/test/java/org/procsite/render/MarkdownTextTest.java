package org.procsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTextTest {

    private final MarkdownText md = new MarkdownText();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.org/a?b=1",
                "http://example.org",
                "mailto:a@b.fr",
                "tel:+33649100197",
                "#corriger-mail"
            })
    void aLinkWithAnAllowedTargetStaysALink(String url) {
        Element a = Jsoup.parseBodyFragment(md.block("voir [ici](" + url + ")")).expectFirst("a");
        assertEquals(url, a.attr("href"));
        assertEquals("ici", a.text());
        Element inline =
                Jsoup.parseBodyFragment(md.inline("voir [ici](" + url + ")")).expectFirst("a");
        assertEquals(url, inline.attr("href"));
    }

    @Test
    void anAutolinkAndAReferenceLinkStayLinks() {
        assertEquals(
                "https://example.org",
                Jsoup.parseBodyFragment(md.block("<https://example.org>"))
                        .expectFirst("a")
                        .attr("href"));
        assertEquals(
                "https://example.org",
                Jsoup.parseBodyFragment(md.block("[ref]\n\n[ref]: https://example.org"))
                        .expectFirst("a")
                        .attr("href"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,x", "ftp://example.org", "page.html", "vbscript:x"})
    void aLinkWithAnotherTargetBecomesItsText(String url) {
        Element body =
                Jsoup.parseBodyFragment(md.block("voir [ici](" + url + ") ou")).body();
        assertTrue(body.select("a").isEmpty(), body.html());
        assertEquals("voir ici ou", body.text());
        assertEquals(
                "voir ici ou",
                Jsoup.parseBodyFragment(md.inline("voir [ici](" + url + ") ou"))
                        .body()
                        .text());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "# Titre",
                "> citation",
                "avant\n\n---\n\naprès",
                "***",
                "    code",
                "```\ncode\n```",
                "1. un\n2. deux",
                "- un\n- deux",
                "a  \nb",
                "*em* **fort** `code`"
            })
    void everyKindOfCommonMarkBlockRenders(String markdown) {
        assertTrue(!md.block(markdown).isEmpty());
    }

    @Test
    void rawHtmlIsShownAsText() {
        Element body = Jsoup.parseBodyFragment(md.block("a </script><img src=x onerror=alert(1)> b"))
                .body();
        assertTrue(body.select("script, img").isEmpty(), body.html());
        assertEquals("a </script><img src=x onerror=alert(1)> b", body.text());
    }
}
