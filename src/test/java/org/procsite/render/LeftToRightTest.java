package org.procsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.procsite.check.CheckResult;
import org.procsite.check.Checker;
import org.procsite.load.Loader;
import org.procsite.testing.TestProcedures;

/**
 * Phone numbers and contact names are set apart left to right on the printed pages, so that a
 * right-to-left name beside a number can never reverse the groups of the number.
 */
class LeftToRightTest {

    private static Map<String, SiteFile> site;

    @BeforeAll
    static void render() throws IOException {
        Path seed = TestProcedures.SEED;
        CheckResult checked = Checker.check(Loader.load(seed, seed.toString()));
        site = SiteRenderer.standard()
                .render(checked.procedure().orElseThrow(), Templates.from(Optional.of(Path.of("templates"))));
    }

    @Test
    void theSheetSetsTheNameAndTheNumberLeftToRight() {
        Document sheet = page("tutorial.html");
        assertEquals(
                List.of("UNESS", "06 49 10 01 97"),
                sheet.expectFirst(".footer-call").select("span[dir=ltr]").eachText());
        assertEquals("UNESS", ltr(sheet.expectFirst(".call-name")).text());
        assertEquals("06 49 10 01 97", ltr(sheet.expectFirst(".call-phone a")).text());
        for (Element call : sheet.select("p.call")) {
            assertEquals("ltr", call.expectFirst("a.phone").attr("dir"), call::outerHtml);
            assertEquals(1, call.select("span[dir=ltr]").size(), call::outerHtml);
        }
    }

    @Test
    void theLandingPageSetsTheNameAndTheNumberLeftToRight() {
        assertEquals(
                List.of("UNESS", "06 49 10 01 97"),
                page("index.html").expectFirst("p.call").select("span[dir=ltr]").eachText());
    }

    @Test
    void thePhonePageSetsTheNameAndTheNumberLeftToRight() {
        Document phone = page("decision.html");
        Element bar = phone.expectFirst(".call-bar .call");
        assertEquals(
                List.of("UNESS", "06 49 10 01 97"), bar.select("span[dir=ltr]").eachText());
        assertEquals("06 49 10 01 97", ltr(bar.expectFirst(".phone")).text());
        for (Element contact : phone.select(".contact")) {
            assertEquals(List.of("UNESS"), contact.select(".lead span[dir=ltr]").eachText(), contact::outerHtml);
            assertEquals("06 49 10 01 97", ltr(contact.expectFirst("a.tel")).text());
        }
    }

    private static Element ltr(Element e) {
        assertEquals("ltr", e.attr("dir"), e::outerHtml);
        return e;
    }

    private static Document page(String name) {
        return Jsoup.parse(new String(site.get(name).bytes(), StandardCharsets.UTF_8));
    }
}
