package org.procsite.render.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.procsite.render.PrintedText;
import org.procsite.testing.BrowserBinaries;

/**
 * {@code tutorial.html} printed by Chromium, as a proctor prints it from the browser: the same
 * print gate as {@code tutorial.pdf} (body 12 pt or more, nothing under 9 pt, the number to call
 * at 16 pt or more on every page), sizes read back from Chromium's PDF; the seed on one sheet.
 */
class TutorialPrintTest {

    private static Path folder;
    private static ChromeDriver driver;

    @BeforeAll
    static void openBrowser() throws Exception {
        folder = Files.createTempDirectory("tutorial-print-");
        driver = BrowserBinaries.headlessChromium(folder.resolve("profile"), false);
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static byte[] printed(String file) throws Exception {
        Path page = folder.resolve(Path.of(file).getFileName() + ".tutorial.html");
        Files.write(page, Fixtures.bytes(file, "tutorial.html"));
        driver.get(page.toUri().toString());
        // Printed right after load, before the page's first frames, Chromium once gave a PDF with no
        // text (CI) and here failed a print every few dozen ("Printing failed"); a proctor prints a
        // page already on screen.
        driver.executeAsyncScript("const printable = arguments[0];"
                + " document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(printable)));");
        Map<String, Object> pdf =
                driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
        return Base64.getDecoder().decode((String) pdf.get("data"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SEED, Fixtures.LAB, Fixtures.ODD})
    void chromiumPrintsTheTutorialInTypeReadUnderStress(String file) throws Exception {
        byte[] pdf = printed(file);
        PrintedText sizes = TextPositionSizes.of(pdf);
        assertEquals(sizes, PrintedText.of(pdf), "build's quick reading of the same PDF");
        assertTrue(sizes.body() >= 12, file + ": body at " + sizes.body() + " pt; " + sizes.glyphs());
        assertTrue(sizes.smallest() >= 9, file + ": a text at " + sizes.smallest() + " pt; " + sizes.glyphs());
        String phone = Fixtures.procedure(file).primaryContact().phone();
        for (int page = 1; page <= sizes.pages(); page++) {
            List<Float> phones = PrintGateTest.sizesOf(PrintGateTest.lines(pdf, page), phone);
            assertTrue(phones.stream().anyMatch(s -> s >= 16), file + " page " + page + ": " + phone + " at " + phones);
        }
        if (file.equals(Fixtures.SEED)) {
            assertTrue(sizes.pages() <= 2, "the seed prints on " + sizes.pages() + " pages");
        }
    }
}
