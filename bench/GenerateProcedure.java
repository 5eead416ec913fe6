import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a valid procedure of about N nodes to stdout, shaped like a real one: blocks of a
 * question with two answers, a step with a checklist, a wait and a follow-up question; the
 * follow-up ends in success or escalation, and now and then leads back into the main line, so
 * nodes are shared and the path count grows (a few hundred bits, not 2^N). French wording of the
 * length the seed uses: about 150 bytes of YAML per node (100k nodes: about 14 MB).
 *
 * <p>Run: {@code java bench/GenerateProcedure.java 100000 > /tmp/p100k.yaml}
 *
 * <p>With a second argument, every node also gets a {@code text:} of that many characters:
 * ordinary words, plus one word of 200 characters (the longest allowed) when there is room. The
 * largest procedure {@code check} accepts: {@code java bench/GenerateProcedure.java 200 270}.
 */
public final class GenerateProcedure {

    public static void main(String[] args) throws IOException {
        int nodes = Integer.parseInt(args[0]);
        String text = args.length > 1 ? "    text: " + text(Integer.parseInt(args[1])) + "\n" : "";
        int blocks = Math.max(1, (nodes - 2) / 4); // 4 nodes a block, plus the two ends
        int intro = Math.max(0, nodes - 2 - 4 * blocks); // steps before the first block: exactly N nodes
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        out.write("title: Procédure générée – " + nodes + " nœuds\n");
        out.write("summary: Une procédure générée pour mesurer le temps de vérification.\n");
        out.write("lang: fr\nversion: \"1.0\"\nupdated: 2026-11-24\n");
        out.write("contacts:\n  uness:\n    name: UNESS\n    phone: \"06 49 10 01 97\"\n");
        out.write("start: " + (intro > 0 ? "intro-0" : "q-0") + "\nnodes:\n");
        for (int i = 0; i < intro; i++) {
            out.write("  intro-" + i + ":\n    type: step\n    title: Installer l'étudiant au poste\n" + "    next: "
                    + (i + 1 < intro ? "intro-" + (i + 1) : "q-0") + "\n");
        }
        for (int b = 0; b < blocks; b++) {
            String next = b + 1 < blocks ? "q-" + (b + 1) : "connecte";
            out.write("  q-" + b + ":\n    type: question\n"
                    + "    title: L'étudiant voit-il l'écran " + b + " ?\n" + text
                    + "    choices:\n"
                    + "      - label: Oui\n        next: " + next + "\n"
                    + "      - label: Non\n        next: corriger-" + b + "\n");
            out.write("  corriger-" + b + ":\n    type: step\n"
                    + "    title: Corriger la saisie " + b + "\n" + text
                    + "    steps:\n      - Saisir le **mail universitaire**.\n"
                    + "    next: attendre-" + b + "\n");
            out.write("  attendre-" + b + ":\n    type: wait\n"
                    + "    title: Attendre la mise à jour\n" + text + "    every_minutes: 15\n"
                    + "    next: verifier-" + b + "\n");
            // every 100th block, "still not" goes back to the main line: shared nodes, more paths
            String stillNot = b % 100 == 99 && b + 1 < blocks ? "q-" + (b + 1) : "appeler-uness";
            out.write("  verifier-" + b + ":\n    type: question\n"
                    + "    title: Est-il connecté ?\n" + text + "    choices:\n"
                    + "      - label: Oui\n        next: connecte\n"
                    + "      - label: Non\n        next: " + stillNot + "\n");
        }
        out.write("  connecte:\n    type: success\n    title: L'étudiant est connecté\n");
        out.write("  appeler-uness:\n    type: escalation\n    title: Appeler l'UNESS\n    contact: uness\n");
        out.flush();
    }

    /** {@code chars} characters of words, the first one 200 characters long if it fits. */
    private static String text(int chars) {
        StringBuilder t = new StringBuilder();
        if (chars >= 240) {
            t.append("a".repeat(200)).append(' ');
        }
        String words = "Vérifier le mail saisi dans le cockpit puis demander le code à six chiffres. ";
        while (t.length() < chars) {
            t.append(words, 0, Math.min(words.length(), chars - t.length()));
        }
        return t.toString().strip();
    }
}
