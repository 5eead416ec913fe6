import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Writes the procedures that cost procsite the most, to stdout, for bench/limits.sh:
 * <ul>
 *   <li>{@code arrows}: 198 questions of two answers, the second to a random later node: 400
 *       arrows (the most accepted), many of them long, which the flowchart layout pays for;
 *   <li>{@code choices}: one question with 398 answers (400 arrows from one node);
 *   <li>{@code text-64mib}: one text of 64 MiB of ordinary words (refused: E030);
 *   <li>{@code word-64mib}: one word of 64 MiB (refused before the YAML is read: E029).
 * </ul>
 * Run: {@code java bench/GenerateWorstCase.java arrows > /tmp/arrows.yaml}
 */
public final class GenerateWorstCase {

    private static final String HEAD = "title: Worst case\nlang: en\nversion: \"1.0\"\nupdated: 2026-11-24\n"
            + "contacts:\n  desk:\n    name: Help desk\n    phone: \"01 23 45 67 89\"\n";
    private static final String ENDS = "  done:\n    type: success\n    title: Done\n"
            + "  call:\n    type: escalation\n    title: Call the desk\n    contact: desk\n";
    private static final int FILE_LIMIT = 64 * 1024 * 1024;

    public static void main(String[] args) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        switch (args[0]) {
            case "arrows" -> arrows(out);
            case "choices" -> choices(out);
            case "text-64mib" -> bigText(out, "Check the cable and the e-mail typed by the student. ");
            case "word-64mib" -> bigText(out, "x");
            default -> throw new IllegalArgumentException("arrows, choices, text-64mib or word-64mib");
        }
        out.flush();
    }

    private static void arrows(Writer out) throws IOException {
        int n = 198;
        Random random = new Random(1); // the same file every time
        out.write(HEAD + "start: q0\nnodes:\n");
        for (int i = 0; i < n; i++) {
            out.write("  q" + i + ":\n    type: question\n    title: Question " + i + "?\n    choices:\n");
            out.write("      - label: \"Yes\"\n        next: " + target(i + 1, n) + "\n");
            out.write("      - label: \"No\"\n        next: " + target(i + 1 + random.nextInt(n + 1 - i), n) + "\n");
        }
        out.write(ENDS);
    }

    private static String target(int j, int n) {
        return j < n ? "q" + j : j == n ? "done" : "call";
    }

    private static void choices(Writer out) throws IOException {
        out.write(HEAD + "start: ask\nnodes:\n  ask:\n    type: question\n    title: Which one?\n    choices:\n");
        for (int i = 0; i < 398; i++) {
            out.write("      - label: \"Answer " + i + "\"\n        next: " + (i % 2 == 0 ? "done" : "call") + "\n");
        }
        out.write(ENDS);
    }

    /** The seed-like head, then one title that fills the file up to just under the size limit. */
    private static void bigText(Writer out, String words) throws IOException {
        String before = HEAD + "start: ask\nnodes:\n  ask:\n    type: question\n    title: \"";
        String after = "\"\n    choices:\n      - label: \"Yes\"\n        next: done\n"
                + "      - label: \"No\"\n        next: call\n" + ENDS;
        out.write(before);
        long room = FILE_LIMIT - before.length() - after.length() - 1;
        for (long written = 0; written + words.length() <= room; written += words.length()) {
            out.write(words);
        }
        out.write(after);
    }
}
