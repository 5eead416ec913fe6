package org.procsite.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import org.procsite.diag.DiagnosticFormatter;
import org.procsite.model.PathCounts;
import org.procsite.model.Procedure;
import org.procsite.pipeline.Compilation;

/** What the commands print about a compilation: its diagnostics, and the ok line. */
final class Summary {

    private Summary() {}

    /** Every diagnostic with its source line and caret, then a count if there are errors. */
    static void printDiagnostics(Compilation c, PrintWriter err) {
        err.print(DiagnosticFormatter.report(c.diagnostics()));
        err.flush();
    }

    /** {@code procedure.yaml: ok, 14 nodes, 11 paths (7 end in success, 4 in escalation)} */
    static String okLine(String displayName, Procedure p) {
        return displayName + ": ok, " + plural(p.nodes().size(), "node") + ", " + pathCountLine(p.paths());
    }

    /** {@code 11 paths (7 end in success, 4 in escalation)} */
    static String pathCountLine(PathCounts paths) {
        return paths.total() + (paths.total().equals(BigInteger.ONE) ? " path" : " paths") + " (" + paths.success()
                + " end in success, " + paths.escalation() + " in escalation)";
    }

    static String plural(long n, String word) {
        return DiagnosticFormatter.plural(n, word);
    }
}
