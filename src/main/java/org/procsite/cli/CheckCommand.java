package org.procsite.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code procsite check [FILE]}: every problem at once; the ok line when there is none. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Validate the procedure and print every problem, with its line.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    FileOption file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Compilation c = Compilation.of(file.path(), file.file);
        c.printDiagnostics(spec.commandLine().getErr());
        if (c.procedure().isEmpty()) {
            return ExitCode.INVALID;
        }
        spec.commandLine().getOut().println(c.okLine(c.procedure().get()));
        return ExitCode.OK;
    }
}
