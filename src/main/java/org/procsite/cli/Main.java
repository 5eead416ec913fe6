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
import org.procsite.diag.ControlCharacters;
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

    @CommandLine.Option(
            names = "--debug",
            scope = CommandLine.ScopeType.INHERIT,
            description = "when the work could not be done, print the Java stack trace after the one-line message")
    boolean debug;

    public static void main(String[] typed) {
        String[] args = Utf8FileNames.arguments(typed);
        // UTF-8, as procedures are: Java 17 would otherwise follow the locale, and under LANG=C print
        // the French source lines of diagnostics with '?' for every accent.
        java.util.Optional<Integer> elsewhere = Utf8FileNames.runAgainIfNeeded(args);
        if (elsewhere.isPresent()) {
            System.exit(elsewhere.get());
        }
        if (!java.util.Arrays.asList(args).contains("--debug")) {
            quietLibraries();
        }
        System.exit(run(utf8(System.out), utf8(System.err), args));
    }

    /**
     * What procsite has to say it says in its own lines; the libraries' log lines (FreeMarker's
     * SEVERE for an error inside {@code #attempt}, PDFBox's warnings) never reach the user,
     * except with {@code --debug}.
     */
    private static void quietLibraries() {
        System.setProperty("org.freemarker.loggerLibrary", "none");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        java.util.logging.LogManager.getLogManager().reset();
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Runs one command line; what {@code main} does, minus the exit, for tests. */
    public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        // Whatever procsite prints (a label in `paths`, a file name in a message) reaches the terminal
        // with its control characters written out: an escape sequence in a label is shown, not run.
        PrintWriter out = new PrintWriter(new EscapingWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new EscapingWriter(rawErr), true);
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        // Plain text: every control character printed is escaped (EscapingWriter), colours included.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, main.debug, err));
        try {
            return cli.execute(args);
        } catch (Throwable e) { // an Error (stack, memory): picocli lets those through
            return failed(e, main.debug, err);
        }
    }

    /** I/O failures, bugs and Errors: one clear line, the trace only with {@code --debug}. */
    private static int failed(Throwable e, boolean debug, PrintWriter err) {
        String line = describe(e);
        err.println("procsite: error: " + ControlCharacters.escape(line)); // one line, whatever the message
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.FAILURE;
    }

    static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "the work nested too deeply and ran out of stack (StackOverflowError): a template that calls"
                    + " itself, or an input nested too deeply; run with --debug for the trace";
        }
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory (OutOfMemoryError" + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "): an input or a file of static/ too large for the memory Java was given; make it smaller, or"
                    + " give Java more (java -Xmx2g -jar procsite.jar ...)";
        }
        if (e instanceof Exception x) {
            return describe(x);
        }
        return "internal error, please report it (run with --debug for the trace): "
                + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.InvalidPathException && !Utf8FileNames.fileNamesAreUtf8()) {
            return "cannot read a file name (" + ((java.nio.file.InvalidPathException) e).getInput() + "): "
                    + Utf8FileNames.advice();
        }
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
        return "internal error, please report it (run with --debug for the trace): "
                + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
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
