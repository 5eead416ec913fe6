package org.procsite.render.decision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sequences that used to leave the page or show the wrong student (ProctorSequences), in
 * Chromium and in WebKit, each on a fresh page: they failed on the page before it became a state
 * machine (back twice after a reload failed in WebKit on its first version, which pushed an entry
 * on back), and hold now.
 */
class DecisionPageSequencesTest {

    @TempDir
    static Path folder;

    private static String url;
    private static Chromium chromium;
    private static WebKit webkit;

    @BeforeAll
    static void start() {
        url = DecisionPages.writeTo(folder, DecisionPages.procedure(DecisionPages.SEED), "decision.html");
        chromium = Chromium.plain();
        chromium.cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 640, "deviceScaleFactor", 2, "mobile", true));
        webkit = WebKit.withJavaScript();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        webkit.close();
    }

    private static PageBrowser fresh(String engine) {
        PageBrowser b = engine.equals("chromium") ? chromium : webkit;
        b.openFresh(url);
        return b;
    }

    @ParameterizedTest
    @ValueSource(strings = {"chromium", "webkit"})
    void newStudentThenBack(String engine) {
        ProctorSequences.newStudentThenBack(fresh(engine));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chromium", "webkit"})
    void restartThenBack(String engine) {
        ProctorSequences.restartThenBack(fresh(engine));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chromium", "webkit"})
    void reopenInTheSameTab(String engine) {
        ProctorSequences.reopenInTheSameTab(fresh(engine), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chromium", "webkit"})
    void thirteenHoursLater(String engine) {
        ProctorSequences.thirteenHoursLater(fresh(engine));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chromium", "webkit"})
    void aTapRightAfterAReload(String engine) {
        ProctorSequences.aTapRightAfterAReload(fresh(engine));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chromium", "webkit"})
    void backTwiceAfterAReload(String engine) {
        ProctorSequences.backTwiceAfterAReload(fresh(engine));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chromium", "webkit"})
    void aWaitBeforeItsUpdate(String engine) {
        ProctorSequences.aWaitBeforeItsUpdate(fresh(engine));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chromium", "webkit"})
    void damagedStorage(String engine) {
        ProctorSequences.damagedStorage(fresh(engine));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chromium", "webkit"})
    void aBookmarkedStepWithNoStudentKept(String engine) {
        ProctorSequences.aBookmarkedStepWithNoStudentKept(fresh(engine), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chromium", "webkit"})
    void theNameFieldFollowsTheStudentShown(String engine) {
        ProctorSequences.theNameFieldFollowsTheStudentShown(fresh(engine));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chromium", "webkit"})
    void aTimeNoDateCanHold(String engine) {
        ProctorSequences.aTimeNoDateCanHold(fresh(engine));
    }

    /**
     * Chromium only: a tab whose first entry is the page is made with DevTools, on a blank file
     * the page then replaces; WebDriver gives no such tab in WebKit (a new window starts with
     * about:blank, which a script may not leave for a file).
     */
    @Test
    void backAtTheBottomOfTheInstalledApp() throws Exception {
        chromium.openFresh(url);
        WebDriver driver = chromium.driver();
        String first = driver.getWindowHandle();
        Path blank = Files.writeString(folder.resolve("blank.html"), "<!doctype html><title>blank</title>");
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>)
                chromium.cdp("Target.createTarget", Map.of("url", blank.toUri().toString()));
        driver.switchTo().window((String) target.get("targetId"));
        try {
            chromium.js("location.replace(arguments[0])", url);
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().startsWith(url)
                            && "complete".equals(chromium.js("return document.readyState")));
            ProctorSequences.backAtTheBottomOfTheTab(chromium);
        } finally {
            driver.close();
            driver.switchTo().window(first);
        }
    }
}
