package org.procsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.serve.PreviewServer;
import org.procsite.serve.Previewer;
import org.procsite.serve.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code procsite serve [FILE] [--port N]}: a live preview on 127.0.0.1, rebuilt in memory on
 * every save; open pages reload by themselves. It never writes the site. Ctrl-C stops it.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Preview the site on http://127.0.0.1:PORT/, rebuilt on every save of the procedure or a template.",
            "Open pages reload by themselves; while the procedure is invalid they show its problems.",
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
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        ProcedureSet set = file.set();
        if (set.several()) {
            throw new ParameterException(spec.commandLine(), "serve previews one procedure file for now");
        }
        ProcedureFile procedure = set.procedures().get(0).file();
        procedure.requireRegularFile();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Previewer previewer = new Previewer(procedure, Pipeline.standard());
        PreviewServer server;
        try {
            server = PreviewServer.start(previewer, port, snapshot -> report(snapshot, procedure, out, err));
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
        out.println("serving " + procedure.displayName() + " at " + server.uri() + " (Ctrl-C to stop)");
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }

    /**
     * Each build, as {@code check} would print it: the diagnostics, and the ok line when it is
     * valid, after the time of day, so a maintainer sees that the last save was taken.
     */
    private void report(Snapshot snapshot, ProcedureFile procedure, PrintWriter out, PrintWriter err) {
        err.print(snapshot.messages());
        snapshot.failure().ifPresent(f -> err.println("procsite serve: " + f));
        err.flush();
        snapshot.procedure()
                .filter(p -> snapshot.ok())
                .ifPresent(p ->
                        out.println(LocalTime.now().format(CLOCK) + " " + Summary.okLine(procedure.displayName(), p)
                                + "; pages rebuilt in " + snapshot.millis() + " ms"));
        out.flush();
    }
}
