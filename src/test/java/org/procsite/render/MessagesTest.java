package org.procsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Page words are filled the same way in Java, in the templates (c.t) and in decision.js. */
class MessagesTest {

    @Test
    void anApostropheStaysAndThePlaceholderIsFilled() {
        assertEquals("L'organigramma: Procedura", Messages.fill("L'organigramma: {0}", "Procedura"));
    }

    @Test
    void aPlaceholderWithoutItsArgumentStaysAsWritten() {
        assertEquals("every 15 min, at {1}", Messages.fill("every {0} min, at {1}", 15));
    }

    @Test
    void anArgumentIsNotFilledInAgain() {
        assertEquals("call {1} now", Messages.fill("call {0} now", "{1}", "x"));
    }

    @Test
    void numbersAreWrittenAsTheyAreWhateverTheLocale() {
        assertEquals("12345 and 1.5", Messages.fill("{0} and {1}", 12345, 1.5));
    }
}
