package org.procsite.render.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.validators.ValidatorFactory;

/**
 * {@code tutorial.pdf} and {@code poster.pdf} declare PDF/UA-1: veraPDF, the PDF Association's reference validator,
 * must find it compliant, with no failed rule. A screen reader then announces the links, counts
 * the answers of each question right, and reads every page in order.
 */
class PdfUaConformanceTest {

    static Stream<String> procedures() {
        return Stream.of(Fixtures.SEED, Fixtures.LAB, Fixtures.ODD);
    }

    @BeforeAll
    static void loadValidator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @MethodSource("procedures")
    void veraPdfFindsTheSheetPdfUa1Compliant(String file) throws Exception {
        assertPdfUa1(file, "tutorial.pdf");
    }

    @ParameterizedTest
    @MethodSource("procedures")
    void veraPdfFindsThePosterPdfUa1Compliant(String file) throws Exception {
        assertPdfUa1(file, "poster.pdf");
    }

    static void assertPdfUa1(String file, String pdf) throws Exception {
        ValidationResult result = validate(Fixtures.bytes(file, pdf));
        Map<String, List<String>> failed = failures(result);
        assertEquals(Map.of(), failed, file + " " + pdf + ": rules failed (rule -> where)");
        assertTrue(result.isCompliant(), file + " " + pdf + ": not PDF/UA-1 compliant");
    }

    /** A screen reader announces a link by its description: where it leads, or whom it calls. */
    @Test
    void everyLinkOfTheSeedsSheetSaysWhereItLeads() throws Exception {
        List<String> links = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(Fixtures.bytes(Fixtures.SEED, "tutorial.pdf"))) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        String target = link.getAction() instanceof PDActionURI uri
                                ? uri.getURI()
                                : link.getAction() instanceof PDActionGoTo ? "#" : "?";
                        links.add(target + " " + link.getContents());
                    }
                }
            }
        }
        assertTrue(links.size() > 20, "links: " + links);
        List<String> undescribed = links.stream()
                .filter(l -> !l.matches("# Étape \\d+") && !l.equals("tel:0649100197 Appeler UNESS au 06 49 10 01 97"))
                .toList();
        assertEquals(List.of(), undescribed, "links without a description of where they lead");
    }

    static ValidationResult validate(byte[] pdf) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.PDFUA_1;
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = ValidatorFactory.createValidator(flavour, false)) {
            return validator.validate(parser);
        } catch (ValidationException e) {
            throw new AssertionError("veraPDF could not read the PDF", e);
        }
    }

    /** Each failed rule ("7.18.5-2"), with where it failed, a few places at most. */
    static Map<String, List<String>> failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .collect(Collectors.groupingBy(
                        a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage(),
                        TreeMap::new,
                        Collectors.collectingAndThen(
                                Collectors.toList(),
                                list -> list.stream()
                                        .limit(3)
                                        .map(a -> a.getLocation().getContext())
                                        .toList())));
    }
}
