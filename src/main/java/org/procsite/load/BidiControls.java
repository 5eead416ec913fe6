package org.procsite.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.model.SourcePos;

/**
 * E043: an invisible character that changes the order in which text is shown (a right-to-left
 * override, an embedding, an isolate, a mark). In a contact's name, U+202E prints the emergency
 * number reversed on the sheet; in a label, two answers read alike. No procedure needs one: the
 * pages set the direction of a right-to-left language themselves.
 */
public final class BidiControls {

    /** Enough to see the pattern. */
    static final int MAX_REPORTED = 10;

    private BidiControls() {}

    /** U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C. */
    public static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E
                || codePoint == 0x200F
                || codePoint == 0x061C;
    }

    static List<Diagnostic> find(String text) {
        List<Diagnostic> found = new ArrayList<>();
        int line = 1;
        int column = 1; // in code points, as every position procsite prints
        for (int i = 0; i < text.length() && found.size() < MAX_REPORTED; ) {
            int c = text.codePointAt(i);
            if (isBidiControl(c)) {
                found.add(Diagnostic.of(
                        Code.BIDI_CONTROL,
                        new SourcePos(line, column),
                        String.format(
                                Locale.ROOT,
                                "an invisible U+%04X (%s) here changes the order in which the text around it is"
                                        + " shown (a phone number may read reversed)",
                                c,
                                Character.getName(c).toLowerCase(Locale.ROOT)),
                        "delete it: it is invisible, so put the cursor just after the position given and press"
                                + " Backspace, or retype the line"));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
        return found;
    }
}
