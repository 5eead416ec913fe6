package org.procsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.procsite.check.Checker;
import org.procsite.load.Loader;
import org.procsite.testing.TestProcedures;

/**
 * The landing page gives the PDF's real number of pages: in a build it is made after the PDF; in
 * a preview it is published at once without it, and made again when the PDF is ready.
 */
class DescribingPagesTest {

    /** A stand-in for the PDF renderer: a blank PDF of {@code pages} pages. */
    private static Renderer blankPdf(int pages) {
        return context -> {
            try (PDDocument doc = new PDDocument()) {
                for (int i = 0; i < pages; i++) {
                    doc.addPage(new PDPage());
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return List.of(new SiteFile("tutorial.pdf", out.toByteArray()));
            }
        };
    }

    private static final Renderer INDEX = new PageRenderer("index.ftlh", "index.html");

    private static RenderContext seed() throws IOException {
        return RenderContext.of(
                Checker.check(Loader.load(TestProcedures.SEED, "seed.yaml"))
                        .procedure()
                        .orElseThrow(),
                Templates.from(Optional.of(Path.of("templates"))));
    }

    private static String pdfLine(Map<String, SiteFile> site) {
        return Jsoup.parse(new String(site.get("index.html").bytes(), StandardCharsets.UTF_8))
                .expectFirst("a[href=tutorial.pdf] + span")
                .text();
    }

    @Test
    void aBuildMakesTheLandingPageAfterThePdfAndGivesItsPages() throws IOException {
        Map<String, SiteFile> site = new SiteRenderer(List.of(), List.of(blankPdf(3)), List.of(INDEX))
                .render(seed().procedure(), seed().templates());
        assertEquals(
                "Le même tutoriel, prêt à imprimer. 3 pages A4 : 2 feuilles imprimées recto-verso.", pdfLine(site));
    }

    @Test
    void onePageAndTwoPagesAreSaidInWords() throws IOException {
        assertEquals(
                "Le même tutoriel, prêt à imprimer. Une page A4.",
                pdfLine(new SiteRenderer(List.of(), List.of(blankPdf(1)), List.of(INDEX))
                        .render(seed().procedure(), seed().templates())));
        assertEquals(
                "Le même tutoriel, prêt à imprimer. 2 pages A4 : une feuille imprimée recto-verso.",
                pdfLine(new SiteRenderer(List.of(), List.of(blankPdf(2)), List.of(INDEX))
                        .render(seed().procedure(), seed().templates())));
    }

    @Test
    void aPreviewPublishesTheLandingPageFirstAndAgainWithThePdf() throws IOException {
        SiteRenderer renderer = new SiteRenderer(List.of(), List.of(blankPdf(4)), List.of(INDEX));
        RenderContext context = seed();
        SiteRenderer.Stages stages = renderer.inStages(context);
        Map<String, SiteFile> first = stages.first().files();
        assertEquals(List.of("index.html"), List.copyOf(first.keySet()));
        assertEquals("Le même tutoriel, prêt à imprimer.", pdfLine(first));
        Map<String, SiteFile> all = stages.all().files();
        assertEquals(List.of("index.html", "tutorial.pdf"), List.copyOf(all.keySet()));
        assertEquals("Le même tutoriel, prêt à imprimer. 4 pages A4 : 2 feuilles imprimées recto-verso.", pdfLine(all));
    }
}
