package org.procsite.render.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The poster is listed where the other outputs are: on index.html, and in a site of several procedures. */
class PosterLinksTest {

    static Document page(String site, String name) throws IOException {
        return Jsoup.parse(new String(Fixtures.bytes(site, name), StandardCharsets.UTF_8));
    }

    @Test
    void indexHtmlLinksToThePosterAndSaysHowToPrintItOnA4() throws IOException {
        var link = page(Fixtures.SEED, "index.html").expectFirst(".outputs a[href=poster.pdf]");
        assertEquals("Affiche A3", link.text());
        assertTrue(
                link.nextElementSibling().text().contains("71 %"), link.parent().text());
        Fixtures.bytes(Fixtures.SEED, "poster.pdf");
    }

    @Test
    void aSiteOfSeveralHasOnePosterPerProcedureListedAtTheRootAndOnItsOwnPage() throws IOException {
        Document list = page(Fixtures.SEVERAL, "index.html");
        for (String folder : new String[] {"connexion", "lab-login", "tablette"}) {
            list.expectFirst("[data-procedure=" + folder + "] a[href=" + folder + "/poster.pdf]");
            page(Fixtures.SEVERAL, folder + "/index.html").expectFirst(".outputs a[href=poster.pdf]");
            assertTrue(Fixtures.bytes(Fixtures.SEVERAL, folder + "/poster.pdf").length > 1000, folder);
        }
    }
}
