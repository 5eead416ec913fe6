package org.procsite.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.Callable;
import org.procsite.model.Procedure;
import org.procsite.paths.Path;
import org.procsite.paths.PathDiff;
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

    @Option(names = "--diff", paramLabel = "OLD.yaml",
            description = {"compare with an older revision instead: the paths removed, added, relabelled and changed"
                    + " from OLD.yaml to FILE, each named by its answers (e.g. git show HEAD~1:procedure.yaml > old.yaml)"})
    java.nio.file.Path diff;

    /** The most paths a diff enumerates in each revision. */
    static final long DIFF_LIMIT = 100_000;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more");
        }
        if (diff != null) {
            return diff();
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

    /**
     * {@code paths --diff OLD [NEW]}. The format, for people reading a review:
     *
     * <pre>
     * --- old.yaml: 13 paths
     * +++ procedure.yaml: 14 paths
     * 1 removed, 2 added, 0 relabelled, 1 changed, 11 unchanged
     *
     * removed [escalation] Oui / Non
     *   a --[Oui]--> b --[Non]--> c
     *
     * changed [success] Oui / Oui
     *   a --[Oui]--> b --[Oui]--> d
     *   - step: old title   (b)
     *   + step: new title   (b)
     *
     * relabelled [success] Oui / Oui, tout de suite
     *   was: Oui / Oui
     *   a --[Oui]--> b --[Oui, tout de suite]--> d
     *   -   answer: Oui   (b)
     *   +   answer: Oui, tout de suite   (b)
     * </pre>
     *
     * One block per path that differs, removed ones first (old order), then the others in the
     * new revision's order. Exit 0 whether or not anything differs; 1 if either file is invalid.
     */
    private int diff() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String oldName = diff.toString();
        Compilation before = Compilation.of(diff, oldName);
        Compilation after = Compilation.of(file.path(), file.file);
        before.printDiagnostics(err);
        after.printDiagnostics(err);
        if (before.procedure().isEmpty() || after.procedure().isEmpty()) {
            return ExitCode.INVALID;
        }
        Procedure old = before.procedure().get();
        Procedure neu = after.procedure().get();
        for (Compilation c : List.of(before, after)) {
            if (c.procedure().get().paths().total().compareTo(BigInteger.valueOf(DIFF_LIMIT)) > 0) {
                err.println(c.displayName() + ": " + c.procedure().get().paths().total()
                        + " paths, more than the " + DIFF_LIMIT + " a diff compares");
                err.flush();
                return ExitCode.FAILURE;
            }
        }
        PathDiff.Result result = PathDiff.compare(old, PathLister.list(old, DIFF_LIMIT), neu, PathLister.list(neu, DIFF_LIMIT));
        out.println("--- " + oldName + ": " + Compilation.plural(result.before(), "path"));
        out.println("+++ " + file.file + ": " + Compilation.plural(result.after(), "path"));
        out.println(result.count(PathDiff.Kind.REMOVED) + " removed, " + result.count(PathDiff.Kind.ADDED) + " added, "
                + result.count(PathDiff.Kind.RELABELLED) + " relabelled, " + result.count(PathDiff.Kind.CHANGED)
                + " changed, " + result.unchanged() + " unchanged");
        for (PathDiff.Entry e : result.entries()) {
            out.println();
            Path shown = e.after().orElseGet(() -> e.before().orElseThrow());
            out.println(e.kind().word() + " [" + shown.endType() + "] " + e.name());
            if (e.kind() == PathDiff.Kind.RELABELLED) {
                out.println("  was: " + PathDiff.nameOf(e.before().orElseThrow()));
            }
            out.println("  " + shown.describe());
            e.lines().forEach(line -> out.println("  " + line));
        }
        out.flush();
        return ExitCode.OK;
    }
}
