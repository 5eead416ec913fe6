package org.procsite.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code procsite check | build | paths | serve}: docs/architecture.md has the contract. */
@Command(
        name = "procsite",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Checks an emergency procedure written in YAML and builds its site:"
                + " a printable tutorial, an offline decision page and a flowchart.",
        subcommands = {CheckCommand.class, BuildCommand.class, PathsCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (warnings allowed)",
            "1:the procedure is invalid",
            "2:usage error",
            "3:the work could not be done (unreadable file, unwritable output, internal failure)"
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8, as procedures are: Java 17 would otherwise follow the locale, and under LANG=C print
        // the French source lines of diagnostics with '?' for every accent.
        System.exit(run(utf8(System.out), utf8(System.err), args));
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Runs one command line; what {@code main} does, minus the exit, for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // I/O failures and bugs: one clear line, no stack trace for the user.
            commandLine.getErr().println("procsite: error: " + describe(e));
            commandLine.getErr().flush();
            return ExitCode.FAILURE;
        });
        return cli.execute(args);
    }

    private static String describe(Exception e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileAlreadyExistsException f) {
            return "cannot create the folder " + f.getFile() + ": a file of that name is in the way";
        }
        if (e instanceof NotDirectoryException n) {
            return "cannot write into " + n.getFile() + ": it is a file, not a folder";
        }
        if (e instanceof FileSystemException f) {
            return "cannot use " + f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
        }
        if (e instanceof IOException) {
            return e.getMessage() == null ? "input/output failure" : e.getMessage();
        }
        // Not the user's doing: say so, in one line, so it can be reported.
        return "internal error, please report it: " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    @Override
    public void run() {
        // `procsite` alone: say what there is to do, as a usage error.
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is required: check, build, paths or serve");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"procsite " + (version == null ? "dev" : version)};
        }
    }
}
