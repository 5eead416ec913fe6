package org.procsite.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.procsite.diag.JsonLinesFormatter;
import org.procsite.diag.SarifFormatter;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.SetCompilation;
import org.procsite.pipeline.VersionCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code procsite check [FILE...]}: every problem of every file at once; the ok line of each
 * procedure that has none. Exit 1 if any file has an error.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Validate the procedure and print every problem, with its line.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    FileOption file;

    /** How diagnostics are printed: for people, or for programs. */
    enum Format {
        text,
        json,
        sarif
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = {
                "text (default): problems on stderr with the source line, the ok line on stdout;",
                "json: one JSON object per problem and per line on stdout (file, line, column, severity, code,"
                        + " message, hint), nothing else;",
                "sarif: one SARIF 2.1.0 log on stdout, for CI systems that annotate lines"
            })
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SetCompilation c = VersionCheck.added(Pipeline.compile(file.set()));
        int exit = c.valid() ? ExitCode.OK : ExitCode.INVALID;
        PrintWriter out = spec.commandLine().getOut();
        if (format != Format.text) {
            out.print(
                    format == Format.json
                            ? JsonLinesFormatter.formatAll(c.diagnostics())
                            : SarifFormatter.format(c.diagnostics()));
            out.flush();
            return exit;
        }
        Summary.printDiagnostics(c.diagnostics(), spec.commandLine().getErr());
        Summary.printOkLines(c, out);
        out.flush();
        return exit;
    }
}
