package org.procsite.render.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The decision page's layout rules (docs/decision-page.md, "The screen"), read in the page as it
 * stands, in one script: what a proctor holding the phone would see wrong.
 *
 * <ul>
 *   <li>a way forward (an answer or a continue control) in view while an item of the step above
 *       it is out of view or covered by it;
 *   <li>the continue control out of view with no "more below" cue;
 *   <li>with several students, the current student's name out of view;
 *   <li>the call bar's {@code tel:} link out of view.
 * </ul>
 */
final class LayoutRules {

    private LayoutRules() {}

    /** The rules as a WebDriver script, shared with the property tests (src/test/js). */
    private static final String SCRIPT = read(Path.of("src/test/js/layout-rules.js"));

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules broken by the screen as it stands; empty when all hold. */
    @SuppressWarnings("unchecked")
    static List<String> broken(PageBrowser browser) {
        return (List<String>) browser.js(SCRIPT);
    }
}
