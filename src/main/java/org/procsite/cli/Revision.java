package org.procsite.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.procsite.check.Checker;
import org.procsite.check.SharedContacts;
import org.procsite.load.Loader;
import org.procsite.pipeline.Compilation;
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
     * @throws NotInRevision if the revision is there but the procedure is not in it
     */
    static Compilation compile(String old, ProcedureFile procedure, SharedContacts today)
            throws IOException, InterruptedException {
        if (Files.exists(Path.of(old))) {
            return Pipeline.compile(ProcedureFile.typed(old), today);
        }
        // The procedure first: a revision git does not know is said about the file asked for.
        byte[] text = show(old, procedure.folder(), fileName(procedure));
        return compiled(old, procedure, text, contactsAt(old, procedure.folder()));
    }

    /**
     * The procedure as revision {@code rev} has it, read with {@code atRevision}, the shared
     * contacts of that revision ({@link #contactsAt}), read once for all the procedures of a folder.
     *
     * @throws NotInRevision if the revision is there but the procedure is not in it
     */
    static Compilation compileAt(String rev, ProcedureFile procedure, SharedContacts atRevision)
            throws IOException, InterruptedException {
        return compiled(rev, procedure, show(rev, procedure.folder(), fileName(procedure)), atRevision);
    }

    private static Compilation compiled(String rev, ProcedureFile procedure, byte[] text, SharedContacts contacts) {
        return Pipeline.compile(rev + ":" + fileName(procedure), text, procedure, contacts);
    }

    private static String fileName(ProcedureFile procedure) {
        return procedure.path().getFileName().toString();
    }

    /** The shared contacts of the folder at revision {@code rev}: none if it had no contacts.yaml. */
    static SharedContacts contactsAt(String rev, Path folder) throws IOException, InterruptedException {
        try {
            return contactsIn(rev, show(rev, folder, ProcedureSet.CONTACTS_FILE));
        } catch (NotInRevision none) {
            return SharedContacts.NONE;
        }
    }

    /** The shared contacts in {@code text}, the contacts.yaml of revision {@code rev}. */
    static SharedContacts contactsIn(String rev, byte[] text) {
        return Checker.checkContacts(Loader.loadContacts(rev + ":" + ProcedureSet.CONTACTS_FILE, text))
                .contacts();
    }

    /** The names of the procedure files in {@code folder} at revision {@code rev}, contacts.yaml left out. */
    static List<String> proceduresAt(String rev, Path folder) throws IOException, InterruptedException {
        String listing = new String(git(folder, rev, "ls-tree", "--name-only", rev, "./"), StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (String name : listing.split("\n")) {
            if (name.endsWith(".yaml") && !name.equals(ProcedureSet.CONTACTS_FILE) && !name.startsWith(".")) {
                names.add(name);
            }
        }
        return names;
    }

    /** The bytes of {@code name} at revision {@code rev}, as git keeps them. */
    static byte[] show(String rev, Path folder, String name) throws IOException, InterruptedException {
        return git(folder, rev, "show", rev + ":./" + name);
    }

    /** What git prints for {@code args}, run in {@code folder}; a failure said in the user's words. */
    private static byte[] git(Path folder, String rev, String... args) throws IOException, InterruptedException {
        if (rev.startsWith("-")) {
            throw new IOException(rev + ": no such file, and not a git revision");
        }
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process git;
        try {
            git = new ProcessBuilder(command).directory(folder.toFile()).start();
        } catch (IOException e) {
            throw new IOException(rev + ": no such file; to read it as a git revision, git must be installed");
        }
        git.getOutputStream().close();
        byte[] out = git.getInputStream().readAllBytes();
        String err = new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!git.waitFor(60, TimeUnit.SECONDS)) {
            git.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
        if (git.exitValue() == 0) {
            return out;
        }
        if (err.contains("not a git repository")) {
            throw new IOException(rev + ": no such file, and " + folder + " is not in a git repository,"
                    + " so it cannot be read as a revision");
        }
        String what = args[args.length - 1].replaceFirst("^.*:\\./", "");
        if (err.contains("exists on disk, but not in") || err.contains("does not exist in")) {
            throw new NotInRevision(what + " is new since " + rev);
        }
        String reason = err.lines()
                .filter(l -> !l.isBlank())
                .findFirst()
                .orElse("exit " + git.exitValue())
                .replaceFirst("^fatal: ", "");
        throw new IOException(
                rev + ": no such file, and git cannot show " + what + " at revision '" + rev + "': " + reason);
    }

    /** The revision is there, but the file is not in it: a procedure added since. */
    static final class NotInRevision extends IOException {
        private static final long serialVersionUID = 1L;

        NotInRevision(String message) {
            super(message);
        }
    }
}
