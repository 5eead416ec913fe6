package org.procsite.render.decision;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A plain static web server on 127.0.0.1, as any host has: the file, its type, no special
 * header. It can be cut off: then it answers nothing at all, as a network that is down.
 */
final class StaticWebServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "webmanifest", "application/manifest+json",
            "png", "image/png",
            "svg", "image/svg+xml",
            "pdf", "application/pdf");

    private final Path root;
    private final HttpServer server;
    private final AtomicBoolean down = new AtomicBoolean();

    private StaticWebServer(Path root) throws IOException {
        this.root = root;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serveFile);
        server.start();
    }

    /** Serves the files of {@code root} until closed. */
    static StaticWebServer serving(Path root) throws IOException {
        return new StaticWebServer(root);
    }

    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    /** Down: every request is closed with no response. */
    void down(boolean cut) {
        down.set(cut);
    }

    private void serveFile(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down.get()) {
                exchange.getResponseBody().close(); // the connection closes with no response
                return;
            }
            String name = exchange.getRequestURI().getPath().substring(1);
            Path file = root.resolve(name.isEmpty() ? "index.html" : name).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] bytes = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
