package org.procsite.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A file as a git revision has it, read with {@code git show REV:./NAME} in its folder, so no copy
 * is left in the folder: what W007 compares a procedure with, and what {@code paths --diff REV}
 * reads. A failure is said in the user's words.
 */
public final class GitRevision {

    private GitRevision() {}

    /** The bytes of {@code name} at revision {@code rev}, as git keeps them. */
    public static byte[] show(String rev, Path folder, String name) throws IOException, InterruptedException {
        return git(folder, rev, "show", rev + ":./" + name);
    }

    /** The names of the files of {@code folder} at revision {@code rev}, sub-folders included as names. */
    public static List<String> names(String rev, Path folder) throws IOException, InterruptedException {
        String listing = new String(git(folder, rev, "ls-tree", "--name-only", rev, "./"), StandardCharsets.UTF_8);
        return List.of(listing.split("\n"));
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
    public static final class NotInRevision extends IOException {
        private static final long serialVersionUID = 1L;

        NotInRevision(String message) {
            super(message);
        }
    }
}
