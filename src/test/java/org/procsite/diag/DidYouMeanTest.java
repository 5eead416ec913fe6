package org.procsite.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> IDS = List.of("code-mail-universitaire", "code-mail-secondaire", "connecte");

    @Test
    void suggestsTheIdOneLetterAway() {
        assertEquals(Optional.of("code-mail-secondaire"), DidYouMean.closest("code-mail-secondair", IDS));
    }

    @Test
    void suggestsAcrossASwapOfTwoLetters() {
        assertEquals(Optional.of("choices"), DidYouMean.closest("choises", List.of("title", "choices", "steps")));
        assertEquals(Optional.of("type"), DidYouMean.closest("tpye", List.of("type", "title", "text")));
    }

    @Test
    void suggestsTheIdWhateverTheCase() {
        assertEquals(Optional.of("uness"), DidYouMean.closest("UNESS", List.of("uness", "desk")));
        assertEquals(Optional.of("code-mail-secondaire"), DidYouMean.closest("Code-Mail-Secondair", IDS));
    }

    @Test
    void suggestsNothingForAWordThatIsNotATypo() {
        assertEquals(Optional.empty(), DidYouMean.closest("colour", List.of("type", "title", "text", "choices")));
        assertEquals(Optional.empty(), DidYouMean.closest("anything", List.of()));
    }

    @Test
    void theSuffixIsReadyToAppendOrEmpty() {
        assertEquals(" (did you mean 'connecte'?)", DidYouMean.suffix("connect", IDS));
        assertEquals("", DidYouMean.suffix("appeler-uness", IDS));
    }

    @Test
    void theClosestWinsAndTiesGoToTheFirst() {
        assertEquals(Optional.of("abcd"), DidYouMean.closest("abce", List.of("abxx", "abcd", "abcf")));
    }

    @Test
    void distanceIsLevenshtein() {
        assertEquals(3, DidYouMean.distance("kitten", "sitting", 10));
        assertEquals(0, DidYouMean.distance("same", "same", 10));
    }
}
