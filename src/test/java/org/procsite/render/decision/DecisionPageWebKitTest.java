package org.procsite.render.decision;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.procsite.model.Procedure;

/**
 * The decision page in WebKit, the engine of Safari on iPhone (WebKitGTK's MiniBrowser): every
 * path tapped through, "Retour" and the back gesture, students kept apart in the history, and the
 * page with its scripts off. The same checks as the Chromium tests, run by the same code.
 */
class DecisionPageWebKitTest {

    private static final Procedure SEED = DecisionPages.procedure(DecisionPages.SEED);
    private static final Procedure LAB = DecisionPages.procedure(DecisionPages.LAB);

    @TempDir
    static Path folder;

    private static WebKit browser;
    private static String seedUrl;
    private static String labUrl;

    @BeforeAll
    static void start() {
        seedUrl = DecisionPages.writeTo(folder, SEED, "decision.html");
        labUrl = DecisionPages.writeTo(folder, LAB, "lab.html");
        browser = WebKit.withJavaScript();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static Stream<Arguments> seedPaths() {
        return DecisionPageWalkTest.paths(SEED);
    }

    static Stream<Arguments> labPaths() {
        return DecisionPageWalkTest.paths(LAB);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPaths")
    void everyPathOfTheSeedCanBeTappedThrough(String name, org.procsite.paths.ProcedurePath path) {
        DecisionPageWalkTest.walk(browser, SEED, seedUrl, path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labPaths")
    void everyPathOfTheEnglishProcedureCanBeTappedThrough(String name, org.procsite.paths.ProcedurePath path) {
        DecisionPageWalkTest.walk(browser, LAB, labUrl, path);
    }

    @Test
    void afterBackTheBackGestureGoesOneMoreStepBack() {
        DecisionPageCasesTest.backThenTheBackGesture(browser, seedUrl);
    }

    @Test
    void switchingStudentsNeverMakesTheBackGestureShowAnotherStudent() {
        DecisionPageCasesTest.switchThenTheBackGesture(browser, seedUrl);
    }

    @Test
    void withoutJavaScriptTheWholeProcedureReadsLikeThePaper() {
        try (WebKit noScripts = WebKit.withoutPageScripts()) {
            DecisionPageWithoutJavaScriptTest.wholeProcedure(noScripts, SEED, seedUrl);
            DecisionPageWithoutJavaScriptTest.wholeProcedure(noScripts, LAB, labUrl);
        }
    }
}
