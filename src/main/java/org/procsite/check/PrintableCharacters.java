package org.procsite.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.BidiControls;
import org.procsite.load.Draft.Scalar;

/**
 * W008: a character that the printed sheet's font cannot draw (an emoji prints as '#' in the
 * PDF). The font's coverage is read from a list made from the font itself
 * ({@code sheet-font-coverage.txt}, kept in step with it by a test), so checking needs no font.
 */
final class PrintableCharacters implements Rule {

    static final String COVERAGE_RESOURCE = "sheet-font-coverage.txt";

    /** Start and end (inclusive) of each range of code points, sorted: starts at even indexes. */
    private static volatile int[] ranges;

    @Override
    public Set<Code> codes() {
        return Set.of(Code.UNPRINTABLE_CHARACTER);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        SizeLimits.texts(context.draft).forEach(text -> check(text, report));
    }

    /** W008 if the sheet's font cannot draw a character of {@code text}. */
    static void check(Scalar text, Consumer<Diagnostic> report) {
        Set<Integer> missing = new LinkedHashSet<>();
        text.text().codePoints().filter(cp -> !printable(cp)).forEach(missing::add);
        if (!missing.isEmpty()) {
            report.accept(Diagnostic.of(
                    Code.UNPRINTABLE_CHARACTER,
                    text.pos(),
                    "the printed sheet's font cannot draw " + describe(missing) + "; the PDF shows '#' instead",
                    "remove it, or say it in words; the phone page shows it as it is"));
        }
    }

    static boolean printable(int codePoint) {
        if (codePoint == '\n' || codePoint == '\t' || BidiControls.isBidiControl(codePoint)) {
            return true; // a direction control is E043's, said where it stands
        }
        int[] r = coverage();
        int i = Arrays.binarySearch(r, codePoint);
        if (i >= 0) {
            return true; // a start or an end
        }
        int insertion = -i - 1;
        return insertion % 2 == 1; // between a start (even) and its end
    }

    private static String describe(Set<Integer> codePoints) {
        StringBuilder s = new StringBuilder();
        for (int cp : codePoints) {
            if (s.length() > 0) {
                s.append(", ");
            }
            boolean visible = !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT;
            s.append(visible ? "'" + Character.toString(cp) + "' " : "")
                    .append(String.format(Locale.ROOT, "(U+%04X)", cp));
        }
        return s.toString();
    }

    private static int[] coverage() {
        int[] r = ranges;
        if (r == null) {
            r = read();
            ranges = r;
        }
        return r;
    }

    /** Lines of "XXXX-YYYY" in hexadecimal, one range each. */
    static int[] read() {
        try (InputStream in = PrintableCharacters.class.getResourceAsStream(COVERAGE_RESOURCE)) {
            if (in == null) {
                throw new IOException("no " + COVERAGE_RESOURCE + " beside " + PrintableCharacters.class.getName());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            return lines.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .flatMap(l -> Arrays.stream(l.trim().split("-")))
                    .mapToInt(h -> Integer.parseInt(h, 16))
                    .toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
