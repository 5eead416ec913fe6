package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTextTest {

    @Test
    void dropsCommentLinesIndentationAndBlankLinesButNoCode() {
        String js = "/* head\n * more\n */\n(function () {\n  // why\n  var a = 1; // kept: code on the line\n\n"
                + "  /* one line */\n  var b = a\n    * 2;\n  /* x */ var c = b;\n})();\n";
        assertEquals("(function(){var a=1;var b=a\n* 2;/* x */ var c = b;})();", InlineText.js(js));
    }

    @Test
    void keepsATrailingCommentWhereAQuoteOrASlashBeforeItCouldHideIt() {
        String js = "var u = 'http://x'; // a URL\nvar r = /a\\/ // b/;\nvar s = \"a // b\";\nvar t = 1; // gone\n";
        assertEquals(
                "var u = 'http://x'; // a URL\nvar r = /a\\/ // b/;\nvar s = \"a // b\";\nvar t=1;", InlineText.js(js));
        assertEquals("var a = 'x'; // a, b,\nvar c;", InlineText.js("var a = 'x'; // a, b,\nvar c;\n"));
    }

    @Test
    void joinsALineBeforeAClosingBraceAndInCssAfterOne() {
        assertEquals(
                "function f(){if(a){b();}}\nvar g=function(){}\nvar h;",
                InlineText.js("function f() {\n  if (a) {\n    b();\n  }\n}\nvar g = function () {}\nvar h;\n"));
        assertEquals("a{b:c;}d{e:f;}", InlineText.css("a {\n  b: c;\n}\nd {\n  e: f;\n}\n"));
        assertEquals(
                "var u = 'x'; // y\n}", InlineText.js("var u = 'x'; // y\n}\n"), "a comment never swallows a brace");
    }

    @Test
    void cssLosesTheSpacesThatMeanNothingOutsideStrings() {
        assertEquals(
                ".a,.b > c:hover{margin:0 auto;width:calc(100% - 2rem);}@media (min-width:30rem){.a{gap:1rem}}",
                InlineText.css(".a, .b > c:hover {\n  margin: 0 auto;\n  width: calc(100% - 2rem);\n}\n"
                        + "@media (min-width: 30rem) {\n  .a { gap: 1rem }\n}\n"));
        assertEquals(
                "body { font: 1rem \"Segoe UI\", sans-serif; }.i { background: url(a.png), none; }",
                InlineText.css("body { font: 1rem \"Segoe UI\", sans-serif; }\n.i { background: url(a.png), none; }\n"),
                "a line with a string or a URL is left as it is");
    }

    @Test
    void cssKeepsLinesStartingWithTwoSlashes() {
        assertEquals("a{//b:c;\n}", InlineText.css("a {\n  //b: c;\n}\n"));
        assertEquals("a{}", InlineText.css("/* x\n y */\na { }\n"));
    }

    @Test
    void scriptLosesTheSpacesAroundPunctuationOutsideItsStrings() {
        assertEquals(
                "function f(a,b){if(a===b&&!c){return a?'x = y':\"a, b\";}else{d+=1;}}",
                InlineText.js("function f(a, b) {\n  if (a === b && !c) {\n    return a ? 'x = y' : \"a, b\";\n"
                        + "  } else {\n    d += 1;\n  }\n}\n"));
        assertEquals("var a=b - -c + +d;", InlineText.js("var a = b - -c + +d;\n"), "never around + or -");
        assertEquals("var s='it\\'s, = ';var t=1;", InlineText.js("var s = 'it\\'s, = '; var t = 1;\n"));
    }

    @Test
    void scriptKeepsItsSpacesWhereARegexACommentOrAnHtmlCommentCouldBe() {
        for (String line : List.of(
                "var r = a.replace(/, /g, ' ');",
                "var q = a / b, c = d;",
                "while (n-- > 0) {",
                "if (a < !--b) {",
                "var s = 'an unpaired quote, \\';",
                "var u = x ? \"a\" : 'b\\\\', w = \"c")) {
            assertEquals(line, InlineText.js(line), line);
        }
    }

    @Test
    void leavesAloneWhatItCannotCompactSafely() {
        String template = "var s = `\n  // not a comment\n`;\n";
        assertEquals(template, InlineText.js(template));
        String unclosed = "a { }\n/* no end\n";
        assertEquals(unclosed, InlineText.css(unclosed));
    }
}
