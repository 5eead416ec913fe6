package org.procsite.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.procsite.load.Loader;

/** Load and check in one call, as the command line does. */
final class Procedures {

    private Procedures() {}

    static CheckResult check(String yaml) {
        return Checker.check(Loader.load("test.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    }

    static CheckResult check(Path file) throws IOException {
        return Checker.check(Loader.load(file, file.toString()));
    }

    /** A valid procedure of {@code questions} chained questions, each with two answers to the next: 2^questions paths. */
    static String chainOfQuestions(int questions) {
        StringBuilder y = new StringBuilder(questions * 160);
        y.append("title: Generated chain\nlang: en\nversion: \"1\"\nupdated: 2026-11-24\n")
                .append("contacts:\n  desk:\n    name: Help desk\n    phone: \"01 23 45 67 89\"\n")
                .append("start: q0\nnodes:\n");
        for (int i = 0; i < questions; i++) {
            String next = i + 1 < questions ? "q" + (i + 1) : null;
            y.append("  q")
                    .append(i)
                    .append(":\n    type: question\n    title: Is check ")
                    .append(i)
                    .append(" done?\n")
                    .append("    choices:\n")
                    .append("      - label: Yes, it is\n        next: ")
                    .append(next == null ? "done" : next)
                    .append('\n')
                    .append("      - label: No, not yet\n        next: ")
                    .append(next == null ? "call" : next)
                    .append('\n');
        }
        y.append("  done:\n    type: success\n    title: Done\n")
                .append("  call:\n    type: escalation\n    title: Call the desk\n    contact: desk\n");
        return y.toString();
    }
}
