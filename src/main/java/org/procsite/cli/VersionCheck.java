package org.procsite.cli;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.procsite.check.SharedContacts;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.model.Procedure;
import org.procsite.paths.ChangeSummary;
import org.procsite.pipeline.Compilation;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.pipeline.SetCompilation;

/**
 * W007: the procedure says something else than at git's last commit, with the same
 * {@code version}. Proctors tell an old sheet on the wall from the current one by its version
 * and date. Outside a git checkout, or for a file git does not know yet, there is nothing to
 * compare with and nothing is said.
 */
final class VersionCheck {

    static final String LAST_COMMIT = "HEAD";
    private static final Pattern NUMBERED = Pattern.compile("^(.*?)(\\d+)$");

    private VersionCheck() {}

    /** Each procedure of {@code now}, with W007 if its content changed since git's last commit while its version did not. */
    static SetCompilation added(SetCompilation now) {
        SharedContacts shared =
                now.contacts().map(SharedContacts.Checked::contacts).orElse(SharedContacts.NONE);
        return now.map(e -> new SetCompilation.Entry(
                e.member(),
                againstLastCommit(e.member().file(), e.compilation(), shared)
                        .map(e.compilation()::with)
                        .orElse(e.compilation())));
    }

    /** The committed revision is checked with today's shared contacts: W007 is about the procedure's own file. */
    static Optional<Diagnostic> againstLastCommit(ProcedureFile procedure, Compilation now, SharedContacts shared) {
        if (now.procedure().isEmpty()
                || now.loaded().draft().isEmpty()
                || now.loaded().draft().get().version() == null) {
            return Optional.empty();
        }
        Procedure current = now.procedure().get();
        Optional<Procedure> committed;
        try {
            Path file = procedure.path();
            byte[] text = Revision.show(
                    LAST_COMMIT,
                    file.toAbsolutePath().getParent(),
                    file.getFileName().toString());
            if (Arrays.equals(text, Files.readAllBytes(file))) {
                return Optional.empty(); // unchanged since the commit: no need to check it a second time
            }
            committed = Pipeline.compile(LAST_COMMIT + ":" + file.getFileName(), text, procedure, shared)
                    .procedure();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not in git, git not installed, or a new file: nothing to compare with
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (committed.isEmpty()
                || !committed.get().version().equals(current.version())
                || ChangeSummary.sameContent(committed.get(), current)) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.of(
                Code.VERSION_NOT_RAISED,
                now.loaded().draft().get().version().pos(),
                "the procedure changed since the last commit, but its version is still \"" + current.version() + "\"",
                "raise 'version' (e.g. \"" + next(current.version()) + "\") and set 'updated' to today's date,"
                        + " so proctors can tell the new sheet from the old one"));
    }

    /** "1.0" → "1.1", "3" → "4"; anything else stays as it is, for the example. */
    static String next(String version) {
        Matcher m = NUMBERED.matcher(version);
        return m.matches() ? m.group(1) + new BigInteger(m.group(2)).add(BigInteger.ONE) : version;
    }
}
