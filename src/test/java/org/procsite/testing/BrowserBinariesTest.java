package org.procsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A missing browser is said in one line that names what to install or set. */
class BrowserBinariesTest {

    @Test
    void aMissingBinaryIsOneClearLine() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> BrowserBinaries.executable("PROCSITE_TEST_UNSET_VARIABLE", "/nonexistent/chromium"));
        assertEquals(
                "no /nonexistent/chromium (the default): install chromium and chromium-driver (Debian), or set"
                        + " PROCSITE_TEST_UNSET_VARIABLE to the binary",
                e.getMessage());
    }
}
