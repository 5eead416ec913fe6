package org.procsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.procsite.render.SiteFile;

/**
 * The local preview over HTTP: the JDK's server on the loopback address only, serving the
 * {@link LatestBuild} from memory, and a watcher thread that rebuilds it when a procedure, the
 * shared contacts or a template changes (only the procedures saved, when that is all). Nothing is ever written to disk. {@link #close()} stops it all. How builds
 * replace each other is {@link LatestBuild}'s business; this class only answers requests, and
 * no request waits more than {@link #PATIENCE} for a build.
 */
public final class PreviewServer implements AutoCloseable {

    /** The current build id as plain text; for scripts and tests that would rather poll. */
    public static final String BUILD_PATH = "/__procsite/build";

    /** The longest a request waits for the slow outputs (the PDF) of the build being served. */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    /** The outputs' types, and those of the usual files of static/ (images, fonts). */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final LatestBuild latest;
    private final HttpServer server;
    private final ExecutorService executor;
    private final SourceWatcher watcher;
    private final Thread watchThread;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Duration patience;

    private PreviewServer(Previewer previewer, int port, Consumer<Snapshot> onBuild, Duration patience)
            throws IOException {
        this.patience = patience;
        this.latest = new LatestBuild(previewer, onBuild);
        this.watcher = new SourceWatcher(previewer.set());
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "procsite-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            watcher.close();
            executor.shutdownNow();
            latest.close();
            throw new IOException("cannot listen on 127.0.0.1 port " + port + ": " + e.getMessage(), e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handleFile);
        server.createContext(LiveReload.EVENTS_PATH, this::handleEvents);
        server.createContext(BUILD_PATH, this::handleBuildId);
        this.watchThread = new Thread(this::watchLoop, "procsite-watch");
        watchThread.setDaemon(true);
    }

    /**
     * Builds once, starts serving and watching, and returns.
     *
     * @param port the port on 127.0.0.1; 0 picks a free one (see {@link #port()})
     * @param onBuild told of every build, the first included, on the thread that made it
     */
    public static PreviewServer start(Previewer previewer, int port, Consumer<Snapshot> onBuild) throws IOException {
        return start(previewer, port, onBuild, PATIENCE);
    }

    /** The same, with another limit to how long a request waits for the slow outputs. */
    static PreviewServer start(Previewer previewer, int port, Consumer<Snapshot> onBuild, Duration patience)
            throws IOException {
        PreviewServer preview = new PreviewServer(previewer, port, onBuild, patience);
        preview.server.start();
        preview.watchThread.start();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public Snapshot current() {
        return latest.current();
    }

    /**
     * Rebuilds everything now, without waiting for the watcher; returns what is served from now on. The pages
     * are served as soon as they are made; the slow outputs (the PDF) follow on another thread, and
     * a request for one of them waits for it (at most {@link #PATIENCE}). See {@link #awaitComplete()}.
     */
    public Snapshot rebuild() {
        return latest.rebuild();
    }

    /** Waits until the build being served has all its outputs; returns it. */
    public Snapshot awaitComplete() throws InterruptedException {
        return latest.awaitComplete();
    }

    /** Returns once {@code count} requests wait for the slow outputs of the build served. */
    void awaitWaitingRequests(int count) throws InterruptedException {
        latest.awaitWaitingRequests(count);
    }

    private void watchLoop() {
        try {
            Optional<Change> change;
            while ((change = watcher.awaitChange()).isPresent()) {
                try {
                    latest.rebuild(change.get());
                } catch (RuntimeException | Error e) {
                    // The build says its own failures on its problem page; whatever escapes it must not
                    // stop the watcher: the next save rebuilds.
                    try {
                        latest.failed(e);
                    } catch (RuntimeException | Error again) {
                        // not even the problem page could be made (memory): the next save tries again
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handleFile(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!allowed(exchange)) {
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String name = path.substring(1);
            if (name.isEmpty() || name.endsWith("/")) {
                name += "index.html";
            }
            Snapshot snapshot = current();
            if (snapshot.isProcedureFolder(name)) { // as a web server would: relative links then work
                exchange.getResponseHeaders().set("Location", "/" + name + "/");
                send(exchange, 301, TYPES.get("txt"), new byte[0]);
                return;
            }
            boolean html = name.endsWith(".html");
            Optional<String> problem = snapshot.problemPageFor(name);
            if (html && problem.isPresent()) {
                send(exchange, 200, TYPES.get("html"), page(problem.get(), snapshot));
                return;
            }
            SiteFile file = snapshot.site().get(name);
            if (file == null && problem.isEmpty()) {
                try {
                    snapshot = latest.awaitComplete(patience); // the PDF of this build may be on its way
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                file = snapshot.site().get(name);
                problem = snapshot.problemPageFor(name);
                if (file == null && problem.isEmpty() && !latest.isComplete(snapshot)) {
                    String page = notFound(name + " is still being made; reload in a moment");
                    exchange.getResponseHeaders().set("Retry-After", "2");
                    send(exchange, 503, TYPES.get("html"), page(page, snapshot));
                    return;
                }
            }
            if (file == null) {
                int slash = name.indexOf('/');
                String why = problem.isEmpty()
                        ? "no file " + name + " in the site"
                        : "the procedure is invalid or the site could not be rendered: see "
                                + uri().resolve(slash < 0 ? "" : name.substring(0, slash + 1));
                send(exchange, problem.isEmpty() ? 404 : 503, TYPES.get("html"), page(notFound(why), snapshot));
                return;
            }
            byte[] bytes = html ? page(new String(file.bytes(), StandardCharsets.UTF_8), snapshot) : file.bytes();
            send(exchange, 200, typeOf(name), bytes);
        }
    }

    /** Server-Sent Events: the build id now, then each new one; a comment now and then keeps it open. */
    private void handleEvents(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!allowed(exchange)) {
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("retry: 500\n\n".getBytes(StandardCharsets.UTF_8));
            String sent = null;
            while (true) {
                String id = latest.awaitIdOtherThan(sent, KEEP_ALIVE);
                if (id == null) {
                    return; // closed
                }
                String event = id.equals(sent) ? ": still here\n\n" : "data: " + id + "\n\n";
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush(); // an IOException here: the page went away
                sent = id;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handleBuildId(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (allowed(exchange)) {
                send(exchange, 200, TYPES.get("txt"), (current().id() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * GET and HEAD only, and only for a Host that names this machine: a page elsewhere cannot
     * read the preview through a DNS name that points here.
     */
    private boolean allowed(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, TYPES.get("txt"), "method not allowed\n".getBytes(StandardCharsets.UTF_8));
            return false;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        String bare = host == null ? "" : host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        if (!bare.equals("127.0.0.1") && !bare.equals("localhost") && !bare.equals("[::1]")) {
            send(
                    exchange,
                    403,
                    TYPES.get("txt"),
                    "this preview answers to 127.0.0.1 only\n".getBytes(StandardCharsets.UTF_8));
            return false;
        }
        return true;
    }

    private static String notFound(String why) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title>"
                + "</head><body><p>" + ProblemPage.escape(why) + "</p></body></html>\n";
    }

    private static byte[] page(String html, Snapshot snapshot) {
        return LiveReload.inject(html, snapshot.id()).getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static String typeOf(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /** Stops the server and the watcher; open event streams end; safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        latest.close();
        try {
            watcher.close();
        } catch (IOException e) {
            // closing a watch service only releases file handles
        }
        watchThread.interrupt();
        server.stop(0);
        executor.shutdownNow();
    }
}
