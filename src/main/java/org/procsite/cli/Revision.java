package org.procsite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.procsite.check.SharedContacts;
import org.procsite.pipeline.Compilation;
import org.procsite.pipeline.GitRevision;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.pipeline.ProcedureSet;

/**
 * The older revision that {@code paths --diff OLD} compares with: a file, or else a git
 * revision of the procedure ({@code HEAD}, {@code HEAD~1}, a commit, a tag), read with
 * {@code git show REV:./FILE} in the procedure's folder, so no copy is left in the folder. A
 * revision is read with the shared {@code contacts.yaml} of that same revision.
 */
final class Revision {

    private Revision() {}

    /**
     * @param today the contacts the procedure shares with its folder today, for an OLD that is a file
     * @throws GitRevision.NotInRevision if the revision is there but the procedure is not in it
     */
    static Compilation compile(String old, ProcedureFile procedure, SharedContacts today)
            throws IOException, InterruptedException {
        if (Files.exists(Path.of(old))) {
            return Pipeline.compile(ProcedureFile.typed(old), today);
        }
        // The procedure first: a revision git does not know is said about the file asked for.
        byte[] text = GitRevision.show(old, procedure.folder(), fileName(procedure));
        return compiled(old, procedure, text, contactsAt(old, procedure.folder()));
    }

    /**
     * The procedure as revision {@code rev} has it, read with {@code atRevision}, the shared
     * contacts of that revision ({@link #contactsAt}), read once for all the procedures of a folder.
     *
     * @throws GitRevision.NotInRevision if the revision is there but the procedure is not in it
     */
    static Compilation compileAt(String rev, ProcedureFile procedure, SharedContacts atRevision)
            throws IOException, InterruptedException {
        return compiled(rev, procedure, GitRevision.show(rev, procedure.folder(), fileName(procedure)), atRevision);
    }

    private static Compilation compiled(String rev, ProcedureFile procedure, byte[] text, SharedContacts contacts) {
        return Pipeline.compileRevision(rev + ":" + fileName(procedure), text, procedure, contacts);
    }

    private static String fileName(ProcedureFile procedure) {
        return procedure.path().getFileName().toString();
    }

    /** The shared contacts of the folder at revision {@code rev}: none if it had no contacts.yaml. */
    static SharedContacts contactsAt(String rev, Path folder) throws IOException, InterruptedException {
        try {
            return contactsIn(rev, GitRevision.show(rev, folder, ProcedureSet.CONTACTS_FILE));
        } catch (GitRevision.NotInRevision none) {
            return SharedContacts.NONE;
        }
    }

    /** The shared contacts in {@code text}, the contacts.yaml of revision {@code rev}. */
    static SharedContacts contactsIn(String rev, byte[] text) {
        return Pipeline.compileContacts(rev + ":" + ProcedureSet.CONTACTS_FILE, text)
                .contacts();
    }

    /** The names of the procedure files in {@code folder} at revision {@code rev}, contacts.yaml left out. */
    static List<String> proceduresAt(String rev, Path folder) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (String name : GitRevision.names(rev, folder)) {
            if (name.endsWith(".yaml") && !name.equals(ProcedureSet.CONTACTS_FILE) && !name.startsWith(".")) {
                names.add(name);
            }
        }
        return names;
    }
}
