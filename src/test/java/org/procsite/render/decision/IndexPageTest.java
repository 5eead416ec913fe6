package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.procsite.model.Procedure;
import org.procsite.render.SiteRenderer;
import org.procsite.render.Templates;

/** index.html, the page that gets the decision page onto a phone: the QR code and the three ways. */
class IndexPageTest {

    private static final Procedure SEED = DecisionPages.procedure(DecisionPages.SEED);
    private static final Procedure LAB = DecisionPages.procedure(DecisionPages.LAB);

    @TempDir
    static Path folder;

    private static Chromium browser;

    @BeforeAll
    static void start() {
        browser = Chromium.plain();
        browser.cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 640, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static String index(Procedure procedure) throws Exception {
        return new String(
                new SiteRenderer(List.of(new IndexPageRenderer()))
                        .render(procedure, Templates.from(Optional.of(Path.of("templates"))))
                        .get(IndexPageRenderer.FILE_NAME)
                        .bytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void withASiteUrlTheQrCodeOnScreenReadsAsThatUrl() throws Exception {
        Path page = folder.resolve("lab-index.html");
        Files.writeString(page, index(LAB));
        browser.driver().get(page.toUri().toString());
        byte[] shot = browser.driver().findElement(By.cssSelector("svg.qr")).getScreenshotAs(OutputType.BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(shot));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();
        assertEquals("https://exams.example.org/lab/decision.html", decoded);
        assertEquals(
                "QR code to the decision page: https://exams.example.org/lab/decision.html",
                browser.driver().findElement(By.cssSelector("svg.qr")).getAttribute("aria-label"));

        Results results = new AxeBuilder().analyze(browser.driver());
        assertTrue(results.getPasses().size() > 5, "axe ran its rules");
        assertEquals(
                "",
                results.getViolations().stream()
                        .map(r -> r.getId() + ": " + r.getHelp())
                        .collect(Collectors.joining("\n")));
        assertEquals(360L, browser.js("return document.documentElement.scrollWidth"), "nothing scrolls sideways");
    }

    @Test
    void theThreeWaysOntoAPhoneAreInTheProceduresLanguage() throws Exception {
        Document fr = Jsoup.parse(index(SEED));
        assertEquals(
                List.of(
                        "iPhone : ouvrir la page de décision dans Safari, puis Partager → Sur l'écran d'accueil. "
                                + "Elle marche ensuite sans réseau.",
                        "Android : ouvrir la page de décision dans Chrome, puis ⋮ → Installer l'application. Elle marche ensuite sans réseau.",
                        "Sans réseau : le tutoriel en PDF, ou la feuille imprimée au mur de la salle."),
                fr.select(".howto li").eachText());
        assertTrue(fr.expectFirst(".note").text().contains("depuis Mail ou Fichiers sur un iPhone"));
        assertEquals(0, fr.select("svg.qr").size(), "no site_url, no QR code");
        Document en = Jsoup.parse(index(LAB));
        assertEquals(
                "iPhone: open the decision page in Safari, then Share → Add to Home Screen. It then works without network.",
                en.select(".howto li").first().text());
        assertEquals(1, en.select("svg.qr").size());
    }
}
