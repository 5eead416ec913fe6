package org.procsite.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class JsonTest {

    @Test
    void everyCharacterOutsidePrintableAsciiIsEscaped() {
        assertEquals(
                "\"a\\\"b\\\\c\\n\\t\\u0001\\u007f\\u00e9\\u2028\\ud83d\\ude91\"",
                Json.quote("a\"b\\c\n\t\u0001\u007fé\u2028🚑"));
    }

    @Test
    void whatIsQuotedReadsBackTheSame() {
        String tricky = "</script> 'quote' \"dq\" \\ \r\n\b\f é – 🚑 \u0000";
        assertEquals(tricky, new ObjectMapper().readValue(Json.quote(tricky), String.class));
    }

    @Test
    void forAScriptElementOnlyMarkupCharactersAndLineSeparatorsAreEscaped() {
        assertEquals(
                "\"\\u003c/script\\u003e \\u0026 é 🚑 \\u2028\\n\"", Json.quoteForScript("</script> & é 🚑 \u2028\n"));
        String tricky = "</script> 'quote' \"dq\" \\ \r\n\b\f é – 🚑 \u0000";
        assertEquals(tricky, new ObjectMapper().readValue(Json.quoteForScript(tricky), String.class));
    }
}
