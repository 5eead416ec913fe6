package org.procsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LiveReloadTest {

    private static final String H = LiveReload.SCRIPT_HASH;

    @Test
    void aStrictPolicyGetsTheScriptHashAndAConnectionToItself() {
        assertEquals(
                "default-src 'none'; script-src 'sha256-abc' " + H + "; style-src 'sha256-def'; connect-src 'self'",
                LiveReload.extend("default-src 'none'; script-src 'sha256-abc'; style-src 'sha256-def'"));
    }

    @Test
    void noneGivesWayAndMissingDirectivesStartFromDefaultSrc() {
        assertEquals(
                "default-src 'self'; script-src " + H + "; connect-src 'self'",
                LiveReload.extend("default-src 'self'; script-src 'none'"));
        assertEquals(
                "default-src 'none'; script-src " + H + "; connect-src 'self'",
                LiveReload.extend("default-src 'none'"));
        assertEquals(
                "img-src data:",
                LiveReload.extend("img-src data:"),
                "no default-src: scripts and connections are free");
    }

    @Test
    void theScriptGoesJustBeforeTheEndOfTheBodyAndThePolicyMetaIsExtended() {
        String page = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"default-src 'none'; script-src 'sha256-abc'\"><title>t</title></head>"
                + "<body><p>x</p></body></html>";
        Document served = Jsoup.parse(LiveReload.inject(page, "b-1"));
        assertEquals(
                "default-src 'none'; script-src 'sha256-abc' " + H + "; connect-src 'self'",
                served.expectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
        assertEquals("b-1", served.body().children().last().attr("data-procsite-build"));
        assertTrue(LiveReload.inject("<p>no body end</p>", "b-2").endsWith("</script>\n"));
    }

    @Test
    void thePolicyIsFoundWhateverTheAttributeOrderAndQuotesWrittenAsEntities() {
        String page = "<html><head><meta content=\"default-src &#39;none&#39;; script-src &#39;sha256-abc&#39;\" "
                + "http-equiv=\"content-security-policy\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "</head><body></body></html>";
        Document served = Jsoup.parse(LiveReload.extendPolicy(page));
        assertEquals(
                "default-src 'none'; script-src 'sha256-abc' " + H + "; connect-src 'self'",
                served.expectFirst("meta[http-equiv]").attr("content"));
        assertEquals(
                "width=device-width", served.expectFirst("meta[name=viewport]").attr("content"));
    }
}
