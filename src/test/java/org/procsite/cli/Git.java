package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A git checkout in a test folder, as a maintainer has one: the procedures committed. */
final class Git {

    private Git() {}

    /** Runs {@code git ARGS} in {@code dir}; fails the test with git's words if git fails. */
    static void run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), out);
    }

    /** A new repository in {@code dir} with {@code paths} committed. */
    static void commitNew(Path dir, String... paths) throws IOException, InterruptedException {
        run(dir, "init", "-q");
        commit(dir, paths);
    }

    /** {@code paths} committed, by a maintainer named here (the machine may have no git identity). */
    static void commit(Path dir, String... paths) throws IOException, InterruptedException {
        List<String> add = new ArrayList<>(List.of("add"));
        add.addAll(List.of(paths));
        run(dir, add.toArray(String[]::new));
        run(dir, "-c", "user.name=Maintainer", "-c", "user.email=m@example.org", "commit", "-q", "-m", "edit");
    }
}
