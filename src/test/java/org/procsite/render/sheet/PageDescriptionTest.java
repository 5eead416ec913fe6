package org.procsite.render.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search results and shared links show a page's description: the procedure's summary. */
class PageDescriptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "tutorial.html"})
    void thePageIsDescribedByTheProceduresSummary(String page) throws Exception {
        Document html = Jsoup.parse(new String(Fixtures.bytes(Fixtures.SEED, page), StandardCharsets.UTF_8));
        assertEquals(
                "Un étudiant n'arrive pas à se connecter sur le player d'examen. Voici la procédure à suivre,"
                        + " pas à pas, en commençant par vérifier le mail que l'étudiant saisit.",
                html.expectFirst("head > meta[name=description]").attr("content"));
    }
}
