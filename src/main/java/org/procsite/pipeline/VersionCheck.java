package org.procsite.pipeline;

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

/**
 * W007: the procedure says something else than at git's last commit, with the same
 * {@code version}. Proctors tell an old sheet on the wall from the current one by its version
 * and date. Outside a git checkout, or for a file git does not know yet, there is nothing to
 * compare with and nothing is said.
 */
public final class VersionCheck {

    static final String LAST_COMMIT = "HEAD";
    private static final Pattern NUMBERED = Pattern.compile("^(.*?)(\\d+)$");

    private VersionCheck() {}

    /**
     * Each procedure of {@code now}, with W007 if what its sheet says changed since git's last
     * commit while its version did not: its own file, or a contact it calls from the shared
     * {@code contacts.yaml} (a new number on every sheet that calls it).
     */
    public static SetCompilation added(SetCompilation now) {
        SharedContacts today =
                now.contacts().map(SharedContacts.Checked::contacts).orElse(SharedContacts.NONE);
        CommittedContacts committed = CommittedContacts.of(now.set(), today);
        return now.map(e -> new SetCompilation.Entry(
                e.member(),
                againstLastCommit(e.member().file(), e.compilation(), committed)
                        .map(e.compilation()::with)
                        .orElse(e.compilation())));
    }

    /** The shared contacts as git's last commit has them, and whether the file changed since. */
    record CommittedContacts(SharedContacts shared, boolean changed) {

        /** Today's, unchanged, when git cannot tell (no checkout, git missing). */
        static CommittedContacts of(ProcedureSet set, SharedContacts today) {
            try {
                Optional<Path> file = set.contactsFile();
                if (file.isEmpty()) {
                    return new CommittedContacts(today, false); // no git call for a procedure on its own
                }
                byte[] now = Files.readAllBytes(file.get());
                byte[] then;
                try {
                    then = GitRevision.show(LAST_COMMIT, set.folder(), ProcedureSet.CONTACTS_FILE);
                } catch (GitRevision.NotInRevision none) {
                    then = null;
                }
                if (Arrays.equals(now, then)) {
                    return new CommittedContacts(today, false);
                }
                return new CommittedContacts(
                        then == null
                                ? SharedContacts.NONE
                                : Pipeline.compileContacts(LAST_COMMIT + ":" + ProcedureSet.CONTACTS_FILE, then)
                                        .contacts(),
                        true);
            } catch (IOException | RuntimeException e) {
                return new CommittedContacts(today, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new CommittedContacts(today, false);
            }
        }
    }

    /** The committed revision is read with the shared contacts of that same commit. */
    static Optional<Diagnostic> againstLastCommit(
            ProcedureFile procedure, Compilation now, CommittedContacts contacts) {
        if (now.procedure().isEmpty()) {
            return Optional.empty();
        }
        Procedure current = now.procedure().get();
        Optional<Procedure> committed;
        boolean ownFileChanged;
        try {
            Path file = procedure.path();
            byte[] text = GitRevision.show(
                    LAST_COMMIT,
                    file.toAbsolutePath().getParent(),
                    file.getFileName().toString());
            ownFileChanged = !Arrays.equals(text, Files.readAllBytes(file));
            if (!ownFileChanged && !contacts.changed()) {
                return Optional.empty(); // unchanged since the commit: no need to check it a second time
            }
            committed = Pipeline.compileRevision(
                            LAST_COMMIT + ":" + file.getFileName(), text, procedure, contacts.shared())
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
                current.positions().version(),
                (ownFileChanged
                                ? "the procedure changed since the last commit"
                                : "a contact it calls changed in " + ProcedureSet.CONTACTS_FILE
                                        + " since the last commit")
                        + ", but its version is still \"" + current.version() + "\"",
                "raise 'version' (e.g. \"" + next(current.version()) + "\") and set 'updated' to today's date,"
                        + " so proctors can tell the new sheet from the old one"));
    }

    /** "1.0" → "1.1", "3" → "4"; anything else stays as it is, for the example. */
    static String next(String version) {
        Matcher m = NUMBERED.matcher(version);
        return m.matches() ? m.group(1) + new BigInteger(m.group(2)).add(BigInteger.ONE) : version;
    }
}
