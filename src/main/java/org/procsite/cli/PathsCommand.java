package org.procsite.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.procsite.check.SharedContacts;
import org.procsite.model.Procedure;
import org.procsite.paths.ChangeSummary;
import org.procsite.paths.DrillLines;
import org.procsite.paths.PathDiff;
import org.procsite.paths.PathLister;
import org.procsite.paths.ProcedurePath;
import org.procsite.pipeline.Compilation;
import org.procsite.pipeline.GitRevision;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.pipeline.SetCompilation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code procsite paths [FILE...] [--limit N]}: every start-to-end path of each procedure, numbered, and their count. */
@Command(
        name = "paths",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "List every path from the start to an end, with the answers along it.")
final class PathsCommand implements Callable<Integer> {

    @Mixin
    FileOption file;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "1000",
            description = "list at most N paths (default: ${DEFAULT-VALUE}); the count is always exact")
    long limit;

    @Option(
            names = "--diff",
            paramLabel = "OLD",
            description = {
                "compare with an older revision instead: a summary of the nodes, answers and contacts that"
                        + " changed, then what each change does to the paths. OLD is a file, or a git revision of FILE"
                        + " (HEAD, HEAD~1, a commit or a tag), read with git show"
            })
    String diff;

    @Option(
            names = "--drills",
            description = {
                "list each drill instead: its name, then the steps it passes, numbered as the sheet numbers them,"
                        + " and the end it reaches"
            })
    boolean drills;

    /** The most paths a diff enumerates in each revision. */
    static final long DIFF_LIMIT = 100_000;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 or more");
        }
        if (drills && diff != null) {
            throw new ParameterException(spec.commandLine(), "--drills and --diff cannot be used together");
        }
        SetCompilation set = Pipeline.compile(file.set());
        if (diff != null) {
            return diff(set);
        }
        if (drills) {
            return drills(set);
        }
        Summary.printDiagnostics(set.diagnostics(), spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        boolean first = true;
        for (SetCompilation.Entry e : set.procedures()) {
            Optional<Procedure> p = e.compilation().procedure();
            if (p.isPresent()) {
                if (set.set().several()) {
                    out.println((first ? "" : "\n") + "== " + e.compilation().displayName());
                    first = false;
                }
                list(p.get(), out);
            }
        }
        out.flush();
        return set.valid() ? ExitCode.OK : ExitCode.INVALID;
    }

    /**
     * {@code paths --drills}: each drill of each procedure on one line, {@code Mauvais mail,
     * corrigé: 1 → 2 → 3 → connecte}. A drill that fails is listed too, with what went wrong (its
     * error is on stderr).
     */
    private int drills(SetCompilation set) {
        Summary.printDiagnostics(set.diagnostics(), spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        boolean first = true;
        for (SetCompilation.Entry e : set.procedures()) {
            Optional<Procedure> p = e.compilation().drilled();
            if (p.isPresent()) {
                if (set.set().several()) {
                    out.println((first ? "" : "\n") + "== " + e.compilation().displayName());
                    first = false;
                }
                if (p.get().drills().isEmpty()) {
                    out.println(e.compilation().displayName() + " has no drills");
                }
                p.get().drills().forEach(d -> out.println(DrillLines.walk(p.get(), d)));
            }
        }
        out.flush();
        return set.valid() ? ExitCode.OK : ExitCode.INVALID;
    }

    /** The numbered paths of one procedure, then their count. */
    private void list(Procedure p, PrintWriter out) {
        List<ProcedurePath> paths = PathLister.list(p, limit);
        int width = String.valueOf(paths.size()).length();
        for (int i = 0; i < paths.size(); i++) {
            ProcedurePath path = paths.get(i);
            out.printf("%" + width + "d. [%s] %s%n", i + 1, path.endType(), path.describe());
        }
        BigInteger total = p.paths().total();
        BigInteger hidden = total.subtract(BigInteger.valueOf(paths.size()));
        if (hidden.signum() > 0) {
            out.println("... " + hidden + " more not listed (--limit " + limit + ")");
        }
        out.println(Summary.pathCountLine(p.paths()));
    }

    /**
     * {@code paths --diff OLD [NEW]}. The format, for people reading a review: the two revisions,
     * the drills whose outcome changed ({@link DrillLines#changes}), a summary a reviewer reads in
     * ten seconds ({@link ChangeSummary}), the count of paths by kind, then each way the paths
     * changed, said once for every path it applies to:
     *
     * <pre>
     * --- HEAD:procedure.yaml: 13 paths
     * +++ procedure.yaml: 15 paths
     * added node page-affichee (question): La page s'affiche-t-elle ?
     * re-pointed verifier-mail "Oui": code-mail → page-affichee
     * paths: 0 removed, 2 added, 0 relabelled, 0 changed, 4 rerouted, 9 unchanged
     *
     * 4 paths now pass through 'page-affichee' (paths 2, 3, 5, 6)
     * 2 new paths through 'redemarrer' (paths 4, 7)
     * </pre>
     *
     * Paths are numbered as {@code procsite paths} lists them (removed ones, as it listed the old
     * revision). Exit 0 whether or not anything differs; 1 if either revision is invalid (the diff
     * is printed all the same when the only errors are drills', to show where they go now); 3 if OLD
     * can be read neither as a file nor as a git revision.
     */
    private int diff(SetCompilation set) throws Exception {
        if (!set.set().several()) {
            SetCompilation.Entry only = set.procedures().get(0);
            return diff(Revision.compile(diff, only.member().file(), shared(set)), only.compilation());
        }
        if (Files.exists(Path.of(diff))) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--diff " + diff + " is a file: it compares with one procedure, give that one alone;"
                            + " to compare every procedure of the folder, give a git revision (--diff HEAD)");
        }
        // Each procedure with its own revision, one after the other, all read with the revision's
        // contacts.yaml; a procedure git does not know is new.
        SharedContacts then = Revision.contactsAt(diff, set.set().folder());
        int worst = ExitCode.OK;
        boolean first = true;
        for (SetCompilation.Entry e : set.procedures()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println((first ? "" : "\n") + "== " + e.compilation().displayName());
            out.flush();
            first = false;
            try {
                worst = Math.max(worst, diff(Revision.compileAt(diff, e.member().file(), then), e.compilation()));
            } catch (GitRevision.NotInRevision added) {
                Summary.printDiagnostics(
                        e.compilation().diagnostics(), spec.commandLine().getErr());
                out.println(added.getMessage()
                        + e.compilation()
                                .procedure()
                                .map(p -> ": " + Summary.pathCountLine(p.paths()))
                                .orElse(""));
                out.flush();
                worst = Math.max(worst, e.compilation().procedure().isPresent() ? ExitCode.OK : ExitCode.INVALID);
            }
        }
        removed(set, then);
        if (set.contacts().map(SharedContacts.Checked::hasErrors).orElse(false)) {
            Summary.printDiagnostics(
                    set.contacts().get().diagnostics(), spec.commandLine().getErr());
            worst = Math.max(worst, ExitCode.INVALID);
        }
        return worst;
    }

    /** The procedures of the folder at the revision that are gone since, each with the paths it had. */
    private void removed(SetCompilation set, SharedContacts then) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> now = set.procedures().stream()
                .map(e -> e.member().file().path().getFileName().toString())
                .toList();
        for (String name : Revision.proceduresAt(diff, set.set().folder())) {
            if (now.contains(name)) {
                continue;
            }
            String shown = set.set().displayNameOf(name);
            Compilation before = Revision.compileAt(
                    diff, new ProcedureFile(set.set().folder().resolve(name), shown), then);
            out.println("\n== " + shown);
            Summary.printDiagnostics(before.diagnostics(), spec.commandLine().getErr());
            out.println(name + " was removed since " + diff
                    + before.procedure()
                            .map(p -> ": " + Summary.pathCountLine(p.paths()))
                            .orElse(""));
            out.flush();
        }
    }

    private static SharedContacts shared(SetCompilation set) {
        return set.contacts().map(SharedContacts.Checked::contacts).orElse(SharedContacts.NONE);
    }

    private int diff(Compilation before, Compilation after) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Summary.printDiagnostics(before.diagnostics(), err);
        Summary.printDiagnostics(after.diagnostics(), err);
        // A revision whose only errors are its drills' is compared all the same: the diff says
        // where each drill goes now, and the exit code says it is invalid.
        if (before.drilled().isEmpty() || after.drilled().isEmpty()) {
            return ExitCode.INVALID;
        }
        int exit = before.procedure().isPresent() && after.procedure().isPresent() ? ExitCode.OK : ExitCode.INVALID;
        Procedure old = before.drilled().get();
        Procedure neu = after.drilled().get();
        for (Compilation c : List.of(before, after)) {
            if (c.drilled().get().paths().total().compareTo(BigInteger.valueOf(DIFF_LIMIT)) > 0) {
                err.println(c.displayName() + ": " + c.drilled().get().paths().total() + " paths, more than the "
                        + DIFF_LIMIT + " a diff compares");
                err.flush();
                return ExitCode.FAILURE;
            }
        }
        PathDiff.Result result =
                PathDiff.compare(old, PathLister.list(old, DIFF_LIMIT), neu, PathLister.list(neu, DIFF_LIMIT));
        out.println("--- " + before.displayName() + ": " + Summary.plural(result.before(), "path"));
        out.println("+++ " + after.displayName() + ": " + Summary.plural(result.after(), "path"));
        DrillLines.changes(old, neu).forEach(out::println);
        ChangeSummary.lines(old, neu).forEach(out::println);
        out.println("paths: " + result.count(PathDiff.Kind.REMOVED) + " removed, " + result.count(PathDiff.Kind.ADDED)
                + " added, " + result.count(PathDiff.Kind.RELABELLED) + " relabelled, "
                + result.count(PathDiff.Kind.CHANGED)
                + " changed, " + result.count(PathDiff.Kind.REROUTED) + " rerouted, " + result.unchanged()
                + " unchanged");
        if (!result.groups().isEmpty()) {
            out.println();
        }
        for (PathDiff.Group group : result.groups()) {
            out.println(describe(group));
            group.change().lines().forEach(line -> out.println("  " + line));
        }
        out.flush();
        return exit;
    }

    /** {@code 4 paths now pass through 'x' (paths 2, 3, 5, 6)}: one way the paths changed. */
    static String describe(PathDiff.Group group) {
        PathDiff.Change c = group.change();
        int n = group.numbers().size();
        boolean one = n == 1;
        String numbers = group.numbers().stream().map(String::valueOf).collect(Collectors.joining(", "));
        String paths = one ? "1 path" : n + " paths";
        String list = " (" + numbers + ")";
        return switch (c.kind()) {
            case REMOVED ->
                paths + " removed (old " + numbers + ")"
                        + (c.notThrough().isEmpty() ? "" : ", through " + and(c.notThrough()));
            case ADDED ->
                (one ? "1 new path" : n + " new paths")
                        + list
                        + (c.through().isEmpty() ? "" : " through " + and(c.through()));
            default -> {
                List<String> parts = new ArrayList<>();
                if (!c.through().isEmpty()) {
                    parts.add((one ? "now passes" : "now pass") + " through " + and(c.through()));
                }
                if (!c.notThrough().isEmpty()) {
                    parts.add((one ? "no longer passes" : "no longer pass") + " through " + and(c.notThrough()));
                }
                if (c.kind() == PathDiff.Kind.RELABELLED) {
                    parts.add((one ? "is relabelled" : "are relabelled")
                            + (c.lines().isEmpty() ? "" : ":"));
                } else if (!c.lines().isEmpty()) {
                    parts.add((one ? "reads" : "read") + ":");
                }
                yield paths + list + " " + String.join(", and ", parts);
            }
        };
    }

    private static String and(List<String> items) {
        List<String> quoted = items.stream()
                .map(i -> i.matches("[a-z0-9-]+") ? "'" + i + "'" : i)
                .toList();
        return quoted.size() == 1
                ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }
}
