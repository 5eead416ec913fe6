package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.testing.TestProcedures;

/**
 * {@code build} says how many pages the printed tutorial has and the smallest text of it and of the
 * poster, warns (W006) when it no longer fits
 * on one A4 sheet recto-verso, and index.html gives the PDF's real page count.
 */
class PrintedSheetReportTest {

    private static int pdfPages(Path site) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("tutorial.pdf").toFile())) {
            return pdf.getNumberOfPages();
        }
    }

    private static String pdfLine(Path site) throws IOException {
        return Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8")
                .expectFirst("a[href=tutorial.pdf] + span")
                .text();
    }

    @Test
    void theSeedFitsOneSheetAndBuildSaysSo(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Cli run = Cli.run("build", TestProcedures.SEED.toString(), "--out", site.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertEquals(2, pdfPages(site));
        assertTrue(
                run.out()
                        .endsWith("\ntutorial.pdf: 2 pages, one A4 sheet printed recto-verso, smallest text 9 pt;"
                                + " poster.pdf: smallest text 14 pt\n"),
                run::toString);
        assertEquals("", run.err());
        assertEquals(
                "Le même tutoriel, prêt à imprimer. 2 pages A4 : une feuille imprimée recto-verso.", pdfLine(site));
    }

    @Test
    void aLongerSheetIsCountedAndWarnedAboutAtTheNodesKey(@TempDir Path dir) throws IOException {
        // The seed with every checklist twice as long: more than two pages.
        String seed = Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8);
        String longer =
                seed.replaceAll("(?m)^(      - (?!label:).*)$", "$1\n$1 Et le vérifier une seconde fois, calmement.");
        Path yaml = dir.resolve("procedure.yaml");
        Files.writeString(yaml, longer, StandardCharsets.UTF_8);
        Path site = dir.resolve("site");

        Cli run = Cli.run("build", yaml.toString(), "--out", site.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        int pages = pdfPages(site);
        assertTrue(pages > 2, "pages: " + pages);
        int sheets = (pages + 1) / 2;
        assertTrue(
                run.out()
                        .endsWith("\ntutorial.pdf: " + pages + " pages, " + sheets + " A4 sheets printed recto-verso,"
                                + " smallest text 9 pt; poster.pdf: smallest text 14 pt\n"),
                run::toString);
        int nodesLine = seed.lines().toList().indexOf("nodes:") + 1;
        assertEquals(
                List.of(
                        yaml + ":" + nodesLine + ":1: warning[W006]: tutorial.pdf has " + pages
                                + " pages: it no longer fits on one" + " A4 sheet printed recto-verso (2 pages)",
                        "   " + nodesLine + " | nodes:",
                        "      | ^",
                        "      = help: shorten texts and checklists, or keep it and tell the proctors to print "
                                + sheets + " sheets; the README says how to print"),
                run.err().lines().toList());
        assertEquals(
                "Le même tutoriel, prêt à imprimer. " + pages + " pages A4 : " + sheets
                        + " feuilles imprimées recto-verso.",
                pdfLine(site));
    }
}
