package org.procsite.render.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text that copy-paste, search and screen readers get out of {@code tutorial.pdf} and
 * {@code poster.pdf}, read raw
 * (not normalised): plain letters, never the ligature characters U+FB00–U+FB06.
 */
class PdfTextTest {

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tutorial.pdf", "poster.pdf"})
    void theSeedsPdfTextHasNoLigatureCharacters(String pdf) throws IOException {
        String text = text(Fixtures.bytes(Fixtures.SEED, pdf));
        List<String> ligatures = text.codePoints()
                .filter(c -> c >= 0xFB00 && c <= 0xFB06)
                .mapToObj(Character::toString)
                .toList();
        assertEquals(List.of(), ligatures, "ligature characters in the PDF's text");
    }

    @Test
    void thePostersFiComesOutLetterByLetter() throws IOException {
        String text = text(Fixtures.bytes(Fixtures.SEED, "poster.pdf"));
        assertTrue(text.contains("Cas de figure 1"), "'Cas de figure 1' is not in the poster's text");
    }

    @Test
    void wordsWithFiAndFfComeOutLetterByLetter() throws IOException {
        String text = text(Fixtures.bytes(Fixtures.SEED, "tutorial.pdf"));
        assertTrue(text.contains("identifiant"), "'identifiant' is not in the PDF's text");
        assertTrue(text.contains("chiffres"), "'chiffres' is not in the PDF's text");
    }
}
