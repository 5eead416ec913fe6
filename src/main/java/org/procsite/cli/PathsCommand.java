package org.procsite.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.Callable;
import org.procsite.model.Procedure;
import org.procsite.paths.Path;
import org.procsite.paths.PathLister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code procsite paths [FILE] [--limit N]}: every start-to-end path, numbered, and their count. */
@Command(name = "paths", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "List every path from the start to an end, with the answers along it.")
final class PathsCommand implements Callable<Integer> {

    @Mixin
    FileOption file;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "list at most N paths (default: ${DEFAULT-VALUE}); the count is always exact")
    long limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more");
        }
        Compilation c = Compilation.of(file.path(), file.file);
        c.printDiagnostics(spec.commandLine().getErr());
        if (c.procedure().isEmpty()) {
            return ExitCode.INVALID;
        }
        Procedure p = c.procedure().get();
        PrintWriter out = spec.commandLine().getOut();
        List<Path> paths = PathLister.list(p, limit);
        int width = String.valueOf(paths.size()).length();
        for (int i = 0; i < paths.size(); i++) {
            Path path = paths.get(i);
            out.printf("%" + width + "d. [%s] %s%n", i + 1, path.endType(), path.describe());
        }
        BigInteger total = p.paths().total();
        BigInteger hidden = total.subtract(BigInteger.valueOf(paths.size()));
        if (hidden.signum() > 0) {
            out.println("... " + hidden + " more not listed (--limit " + limit + ")");
        }
        out.println(Compilation.pathCountLine(p.paths()));
        return ExitCode.OK;
    }
}
