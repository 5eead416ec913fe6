package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InlineTextTest {

    @Test
    void dropsCommentLinesIndentationAndBlankLinesButNoCode() {
        String js = "/* head\n * more\n */\n(function () {\n  // why\n  var a = 1; // kept: code on the line\n\n"
                + "  /* one line */\n  var b = a\n    * 2;\n  /* x */ var c = b;\n})();\n";
        assertEquals(
                "(function () {\nvar a = 1; // kept: code on the line\nvar b = a\n* 2;\n/* x */ var c = b;\n})();",
                InlineText.js(js));
    }

    @Test
    void cssKeepsLinesStartingWithTwoSlashes() {
        assertEquals("a {\n//b: c;\n}", InlineText.css("a {\n  //b: c;\n}\n"));
        assertEquals("a { }", InlineText.css("/* x\n y */\na { }\n"));
    }

    @Test
    void leavesAloneWhatItCannotCompactSafely() {
        String template = "var s = `\n  // not a comment\n`;\n";
        assertEquals(template, InlineText.js(template));
        String unclosed = "a { }\n/* no end\n";
        assertEquals(unclosed, InlineText.css(unclosed));
    }
}
