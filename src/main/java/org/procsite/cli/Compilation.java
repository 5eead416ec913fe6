package org.procsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.procsite.check.CheckResult;
import org.procsite.check.Checker;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.DiagnosticFormatter;
import org.procsite.load.LoadResult;
import org.procsite.load.Loader;
import org.procsite.model.PathCounts;
import org.procsite.model.Procedure;

/** Load and check one file, as every command starts: the shared first half of the pipeline. */
record Compilation(String displayName, LoadResult loaded, CheckResult checked) {

    static Compilation of(Path file, String displayName) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(displayName + " is a folder; give the procedure file, e.g. " + displayName + "/procedure.yaml");
        }
        if (!Files.exists(file)) {
            throw new IOException(displayName + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(displayName + " is not a regular file (a device or a pipe); give the procedure file");
        }
        LoadResult loaded = Loader.load(file, displayName);
        return new Compilation(displayName, loaded, Checker.check(loaded));
    }

    /**
     * The same, with W007 added if the content changed since git's last commit while the
     * version did not (what {@code check} and {@code build} tell a maintainer before publishing).
     */
    Compilation withVersionCheck(Path file) {
        Optional<Diagnostic> warning = VersionCheck.againstLastCommit(file, this);
        if (warning.isEmpty()) {
            return this;
        }
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics());
        all.add(warning.get());
        all.sort(Diagnostic.BY_POSITION);
        return new Compilation(displayName, loaded, new CheckResult(all, procedure()));
    }

    Optional<Procedure> procedure() {
        return checked.procedure();
    }

    List<Diagnostic> diagnostics() {
        return checked.diagnostics();
    }

    /** Every diagnostic with its source line and caret, then a count if there are errors. */
    void printDiagnostics(PrintWriter err) {
        err.print(new DiagnosticFormatter(displayName, loaded.source().lines()).report(diagnostics()));
        err.flush();
    }

    /** {@code procedure.yaml: ok, 14 nodes, 11 paths (7 end in success, 4 in escalation)} */
    String okLine(Procedure p) {
        return okLine(displayName, p);
    }

    static String okLine(String displayName, Procedure p) {
        return displayName + ": ok, " + plural(p.nodes().size(), "node") + ", " + pathCountLine(p.paths());
    }

    /** {@code 11 paths (7 end in success, 4 in escalation)} */
    static String pathCountLine(PathCounts paths) {
        return paths.total() + (paths.total().equals(java.math.BigInteger.ONE) ? " path" : " paths")
                + " (" + paths.success() + " end in success, " + paths.escalation() + " in escalation)";
    }

    static String plural(long n, String word) {
        return DiagnosticFormatter.plural(n, word);
    }
}
