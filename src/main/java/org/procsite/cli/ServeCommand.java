package org.procsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.procsite.diag.ControlCharacters;
import org.procsite.diag.DiagnosticFormatter;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.serve.PreviewServer;
import org.procsite.serve.Previewer;
import org.procsite.serve.ProcedurePreview;
import org.procsite.serve.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code procsite serve [FILE...] [--port N]}: a live preview on 127.0.0.1 of the site that
 * {@code build} would write, one procedure or several, rebuilt in memory on every save (only the
 * procedure saved); open pages reload by themselves. It never writes the site. Ctrl-C stops it.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Preview the site on http://127.0.0.1:PORT/, rebuilt on every save of a procedure, contacts.yaml or a"
                    + " template.",
            "Open pages reload by themselves; while a procedure is invalid its pages show its problems.",
            "Nothing is written to disk. Ctrl-C stops it."
        })
final class ServeCommand implements Callable<Integer> {

    @Mixin
    FileOption file;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "the port on 127.0.0.1 (default: ${DEFAULT-VALUE}); 0 picks a free one")
    int port;

    @Spec
    CommandSpec spec;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        ProcedureSet set = file.set();
        for (ProcedureSet.Member member : set.procedures()) {
            member.file().requireRegularFile();
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Previewer previewer = new Previewer(set, Pipeline.standard());
        PreviewServer server;
        try {
            Console console = new Console();
            server = PreviewServer.start(previewer, port, snapshot -> report(snapshot, console, out, err));
        } catch (IOException e) {
            if (e.getCause() instanceof BindException) {
                throw new IOException(
                        e.getMessage() + "; another procsite serve may be using it: stop that one,"
                                + " or add --port 0 to use a free port",
                        e);
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    server.close();
                    out.println("procsite serve: stopped");
                    out.flush();
                    stopped.countDown();
                },
                "procsite-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("serving " + served(set) + " at " + server.uri() + " (Ctrl-C to stop)");
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }

    /** {@code procedure.yaml}, or {@code 3 procedures (procedures/connexion.yaml, ...)}. */
    private static String served(ProcedureSet set) {
        List<String> names =
                set.procedures().stream().map(m -> m.file().displayName()).toList();
        return set.several() ? names.size() + " procedures (" + String.join(", ", names) + ")" : names.get(0);
    }

    /**
     * Each build, as {@code check} would print it: the diagnostics of each procedure built anew,
     * and its ok line when it is valid, after the time of day, so a maintainer sees that the
     * last save was taken. The procedures kept from the build before are not repeated.
     */
    static void report(Snapshot snapshot, Console console, PrintWriter out, PrintWriter err) {
        // A build's second stage is told on its own thread, maybe while the next build is.
        synchronized (console) {
            say(snapshot, console, out, err);
        }
    }

    private static void say(Snapshot snapshot, Console console, PrintWriter out, PrintWriter err) {
        List<ProcedurePreview> rebuilt = snapshot.procedures().stream()
                .filter(p -> snapshot.rebuilt().contains(p.member().name()))
                .toList();
        if (snapshot.completes()) {
            // The second stage of a build already reported: only what the slow outputs added.
            for (ProcedurePreview p : rebuilt) {
                p.late().forEach(d -> err.print(DiagnosticFormatter.format(d)));
                p.failure().ifPresent(f -> err.println("procsite serve: " + ControlCharacters.escape(f)));
            }
            // The root's failure, or a static file in the way, was said by the first stage unless new.
            snapshot.rootFailure()
                    .filter(f -> !console.rootFailure.equals(Optional.of(f)))
                    .ifPresent(f -> err.println("procsite serve: " + ControlCharacters.escape(f)));
            console.rootFailure = snapshot.rootFailure();
            err.flush();
            console.failing |= snapshot.failure().isPresent();
            return;
        }
        if (rebuilt.size() == snapshot.procedures().size()) {
            err.print(DiagnosticFormatter.report(snapshot.shared()));
        }
        for (ProcedurePreview p : rebuilt) {
            err.print(DiagnosticFormatter.report(p.diagnostics()));
            p.failure().ifPresent(f -> err.println("procsite serve: " + ControlCharacters.escape(f)));
        }
        snapshot.rootFailure().ifPresent(f -> err.println("procsite serve: " + ControlCharacters.escape(f)));
        console.rootFailure = snapshot.rootFailure();
        err.flush();
        String time = LocalTime.now().format(CLOCK);
        boolean failed = snapshot.failure().isPresent();
        boolean wasFailing = console.failing;
        console.failing = failed;
        if (wasFailing && !failed) {
            out.println(time + " recovered: the rebuild after the failure above worked");
        }
        for (ProcedurePreview p : rebuilt) {
            p.procedure()
                    .ifPresent(procedure -> out.println(time + " " + Summary.okLine(p.displayName(), procedure)
                            + "; pages rebuilt in " + snapshot.millis() + " ms"));
        }
        out.flush();
    }

    /** What the console has said so far, which the next build's lines depend on; one per {@code serve}. */
    static final class Console {
        private boolean failing; // the last build failed: the next good one says it recovered
        private Optional<String> rootFailure = Optional.empty(); // said by the last build's first stage
    }
}
