package org.procsite.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Loader;
import org.procsite.model.Procedure;
import org.procsite.paths.ChangeSummary;

/**
 * W007: the procedure says something else than at git's last commit, with the same
 * {@code version}. Proctors tell an old sheet on the wall from the current one by its version
 * and date. Outside a git checkout, or for a file git does not know yet, there is nothing to
 * compare with and nothing is said.
 */
final class VersionCheck {

    static final String LAST_COMMIT = "HEAD";

    private VersionCheck() {}

    static Optional<Diagnostic> againstLastCommit(Path file, Compilation now) {
        if (now.procedure().isEmpty() || now.loaded().draft().isEmpty() || now.loaded().draft().get().version() == null) {
            return Optional.empty();
        }
        Procedure current = now.procedure().get();
        Optional<Procedure> committed;
        try {
            byte[] text = Revision.show(LAST_COMMIT, file.toAbsolutePath().getParent(), file.getFileName().toString());
            committed = org.procsite.check.Checker.check(Loader.load(LAST_COMMIT + ":" + file.getFileName(), text)).procedure();
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty(); // not in git, git not installed, or a new file: nothing to compare with
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (committed.isEmpty() || !committed.get().version().equals(current.version())
                || ChangeSummary.sameContent(committed.get(), current)) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.of(Code.VERSION_NOT_RAISED, now.loaded().draft().get().version().pos(),
                "the procedure changed since the last commit, but its version is still \"" + current.version() + "\"",
                "raise 'version' (e.g. \"" + next(current.version()) + "\") and set 'updated' to today's date,"
                        + " so proctors can tell the new sheet from the old one"));
    }

    /** "1.0" → "1.1", "3" → "4"; anything else stays as it is, for the example. */
    static String next(String version) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?)(\\d+)$").matcher(version);
        return m.matches() ? m.group(1) + new java.math.BigInteger(m.group(2)).add(java.math.BigInteger.ONE) : version;
    }
}
