package org.procsite.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\n\nc", "\n\n", "x\r", "é\nü"})
    void splitsLinesExactlyAsStringLinesDoes(String text) {
        assertEquals(text.lines().toList(), SourceText.of("f", text).lines());
    }
}
