package org.procsite.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command line in-process and captures what a user would see. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /**
     * Runs procsite in its own JVM, in {@code workingFolder}, as a user in a terminal would;
     * arguments starting with {@code -D} or {@code -X} go to the JVM.
     */
    static Cli runIn(Path workingFolder, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        args.stream().filter(Cli::forTheJvm).forEach(command::add);
        command.addAll(List.of("-cp", ServeCommandTest.testClassPath(), Main.class.getName()));
        args.stream().filter(a -> !forTheJvm(a)).forEach(command::add);
        File err = Files.createTempFile("procsite-err", ".txt").toFile();
        File out = Files.createTempFile("procsite-out", ".txt").toFile();
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workingFolder.toFile())
                    .redirectOutput(out)
                    .redirectError(err)
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("procsite " + args + " still running after 120 s");
            }
            return new Cli(process.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
        } finally {
            Files.deleteIfExists(err.toPath());
            Files.deleteIfExists(out.toPath());
        }
    }

    private static boolean forTheJvm(String arg) {
        return arg.startsWith("-D") || arg.startsWith("-X");
    }

    /** What a user must never see: a Java stack trace or exception name. */
    boolean showsAStackTrace() {
        String all = out + err;
        return all.contains("Exception") || all.contains("\tat ") || all.contains("\n at ");
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
