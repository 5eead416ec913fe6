package org.procsite.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.procsite.check.SharedContacts;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.DiagnosticFormatter;
import org.procsite.model.Contact;
import org.procsite.model.PathCounts;
import org.procsite.model.Procedure;
import org.procsite.model.SourcePos;
import org.procsite.pipeline.Compilation;
import org.procsite.pipeline.SetCompilation;

/** What the commands print about a compilation: its diagnostics, and the ok line. */
final class Summary {

    private Summary() {}

    /** Diagnostics of one file or several, file by file, each with its source line and caret, then its file's count. */
    static void printDiagnostics(List<Diagnostic> diagnostics, PrintWriter err) {
        err.print(DiagnosticFormatter.report(diagnostics));
        err.flush();
    }

    /**
     * The ok line of each valid procedure; with a shared contacts file, a second line says
     * where each of its contacts comes from. None while the shared contacts file has an error:
     * every procedure reads it.
     */
    static void printOkLines(SetCompilation c, PrintWriter out) {
        if (c.contacts().map(SharedContacts.Checked::hasErrors).orElse(false)) {
            return;
        }
        for (SetCompilation.Entry e : c.procedures()) {
            Compilation one = e.compilation();
            if (one.procedure().isPresent()) {
                out.println(okLine(one.displayName(), one.procedure().get()));
                c.contacts().ifPresent(shared -> out.println(contactsLine(one, shared.contacts())));
            }
        }
    }

    /**
     * {@code   contacts: uness (procedures/contacts.yaml:2), secours (procedures/reseau.yaml:9,
     * overrides procedures/contacts.yaml:5)}: where each contact of a procedure comes from.
     */
    static String contactsLine(Compilation c, SharedContacts shared) {
        Procedure procedure = c.procedure().orElseThrow();
        List<String> parts = new ArrayList<>();
        for (Contact contact : procedure.contacts().values()) {
            Optional<SourcePos> mine = procedure.positions().contact(contact.id());
            Optional<SourcePos> theirs = shared.position(contact.id());
            String where = mine.map(at -> c.displayName() + ":" + at.line())
                    .orElseGet(
                            () -> shared.fileName() + ":" + theirs.orElseThrow().line());
            String overrides = mine.isPresent() && theirs.isPresent()
                    ? ", overrides " + shared.fileName() + ":" + theirs.get().line()
                    : "";
            parts.add(contact.id() + " (" + where + overrides + ")");
        }
        return "  contacts: " + (parts.isEmpty() ? "none" : String.join(", ", parts));
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
