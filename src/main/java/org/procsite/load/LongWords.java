package org.procsite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.model.SourcePos;

/**
 * Finds runs of more than {@link #MAX_WORD_CHARS} characters without a space, before the YAML is
 * read. No real procedure has one, and they are what makes work grow with the square of their
 * length: snakeyaml's scanner on a long quoted word, the PDF's line breaker on a long word.
 */
final class LongWords {

    /** Longer than any word or web address a sheet can print on one line. */
    static final int MAX_WORD_CHARS = 200;

    /** Enough to see the pattern; a file made of long words costs no more. */
    static final int MAX_REPORTED = 10;

    private LongWords() {}

    static List<Diagnostic> find(String text) {
        List<Diagnostic> found = new ArrayList<>();
        int line = 1;
        int column = 1; // in code points, as every position procsite prints
        int runStart = -1;
        int runColumn = 0;
        int runLength = 0;
        boolean comment = false; // a YAML comment is read by the scanner in linear time and never printed
        int quote = 0;
        int previous = '\n';
        for (int i = 0; i <= text.length() && found.size() < MAX_REPORTED; ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (c == '#' && quote == 0 && (previous == ' ' || previous == '\t' || previous == '\n')) {
                comment = true;
            } else if (!comment && (c == '"' || c == '\'')) {
                quote = quote == 0 ? c : (quote == c ? 0 : quote);
            }
            if (comment) {
                runStart = -1;
            } else if (!space) {
                if (runStart < 0) {
                    runStart = i;
                    runColumn = column;
                    runLength = 0;
                }
                runLength++;
            } else if (runStart >= 0) {
                if (runLength > MAX_WORD_CHARS) {
                    found.add(tooLong(
                            new SourcePos(line, runColumn),
                            runLength,
                            text.substring(runStart, text.offsetByCodePoints(runStart, 20))));
                }
                runStart = -1;
            }
            if (c == '\n') {
                line++;
                column = 1;
                comment = false;
                quote = 0; // a quoted text over several lines is rare; a stray quote must not hide the rest
            } else {
                column++;
            }
            previous = c;
            i += Character.charCount(c);
        }
        return found;
    }

    private static Diagnostic tooLong(SourcePos pos, int length, String start) {
        return Diagnostic.of(
                Code.WORD_TOO_LONG,
                pos,
                String.format(
                        Locale.ROOT,
                        "a word of %,d characters without a space (%s...); a word may have at most %d;"
                                + " other problems are checked once this one is fixed",
                        length,
                        start,
                        MAX_WORD_CHARS),
                "put spaces into it, or shorten it (for a web address, use a shorter one)");
    }
}
