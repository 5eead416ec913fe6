package org.procsite.render.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.procsite.testing.BrowserBinaries;

/** axe-core, in the Debian Chromium, finds no accessibility violation on {@code tutorial.html}. */
class TutorialAxeTest {

    private static Path folder;
    private static ChromeDriver driver;

    @BeforeAll
    static void openBrowser() throws Exception {
        folder = Files.createTempDirectory("tutorial-axe-");
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

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SEED, Fixtures.LAB, Fixtures.ODD})
    void axeFindsNoViolation(String file) throws Exception {
        Path page = folder.resolve(Path.of(file).getFileName() + ".tutorial.html");
        Files.write(page, Fixtures.bytes(file, "tutorial.html"));
        driver.get(page.toUri().toString());
        Results results = new AxeBuilder().analyze(driver);
        assertTrue(results.getPasses().size() > 10, "axe ran its rules");
        assertEquals("", describe(results.getViolations()), file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "tablette/index.html", "tablette/decision.html"})
    void axeFindsNoViolationOnThePagesOfASiteOfSeveral(String name) throws Exception {
        Path page = folder.resolve("several").resolve(name);
        Files.createDirectories(page.getParent());
        Files.write(page, Fixtures.bytes(Fixtures.SEVERAL, name));
        driver.get(page.toUri().toString());
        Results results = new AxeBuilder().analyze(driver);
        assertTrue(results.getPasses().size() > 10, "axe ran its rules");
        assertEquals("", describe(results.getViolations()), name);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(r -> r.getId() + ": " + r.getHelp() + " "
                        + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
