package org.procsite.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.procsite.check.SharedContacts;
import org.procsite.pipeline.Compilation;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;

/**
 * The older revision that {@code paths --diff OLD} compares with: a file, or else a git
 * revision of the procedure ({@code HEAD}, {@code HEAD~1}, a commit, a tag), read with
 * {@code git show REV:./FILE} in the procedure's folder, so no copy is left in the folder.
 */
final class Revision {

    private Revision() {}

    /**
     * @param shared the contacts the procedure shares with its folder today: the older revision
     *     is read with them, so that the comparison is about the procedure's own file
     */
    static Compilation compile(String old, ProcedureFile procedure, SharedContacts shared)
            throws IOException, InterruptedException {
        if (Files.exists(Path.of(old))) {
            return Pipeline.compile(ProcedureFile.typed(old), shared);
        }
        Path folder = procedure.path().toAbsolutePath().getParent();
        String name = procedure.path().getFileName().toString();
        return Pipeline.compile(old + ":" + name, show(old, folder, name), procedure, shared);
    }

    /** The bytes of {@code name} at revision {@code rev}, as git keeps them. */
    static byte[] show(String rev, Path folder, String name) throws IOException, InterruptedException {
        if (rev.startsWith("-")) {
            throw new IOException(rev + ": no such file, and not a git revision");
        }
        Process git;
        try {
            git = new ProcessBuilder("git", "show", rev + ":./" + name)
                    .directory(folder.toFile())
                    .start();
        } catch (IOException e) {
            throw new IOException(rev + ": no such file; to read it as a git revision, git must be installed");
        }
        git.getOutputStream().close();
        byte[] out = git.getInputStream().readAllBytes();
        String err = new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!git.waitFor(60, TimeUnit.SECONDS)) {
            git.destroyForcibly();
            throw new IOException("git show " + rev + ":./" + name + " did not finish");
        }
        if (git.exitValue() == 0) {
            return out;
        }
        if (err.contains("not a git repository")) {
            throw new IOException(rev + ": no such file, and " + folder + " is not in a git repository,"
                    + " so it cannot be read as a revision");
        }
        if (err.contains("exists on disk, but not in")) {
            throw new NotInRevision(name + " is new since " + rev);
        }
        String reason = err.lines()
                .filter(l -> !l.isBlank())
                .findFirst()
                .orElse("exit " + git.exitValue())
                .replaceFirst("^fatal: ", "");
        throw new IOException(
                rev + ": no such file, and git cannot show " + name + " at revision '" + rev + "': " + reason);
    }

    /** The revision is there, but the file is not in it: a procedure added since. */
    static final class NotInRevision extends IOException {
        private static final long serialVersionUID = 1L;

        NotInRevision(String message) {
            super(message);
        }
    }
}
