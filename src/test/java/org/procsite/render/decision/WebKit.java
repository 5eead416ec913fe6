package org.procsite.render.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * WebKit, the engine of Safari on iPhone, as Debian ships it: WebKitGTK's MiniBrowser driven by
 * WebKitWebDriver ({@code webkit2gtk-driver}) under a virtual X display ({@code xvfb-run}), through
 * Selenium's {@link RemoteWebDriver} (Selenium for Java has no WebKitGTK class of its own; the
 * W3C protocol is the same). A start costs a few seconds: share one per test class.
 */
final class WebKit implements PageBrowser {

    static final Path DRIVER = Path.of("/usr/bin/WebKitWebDriver");

    private final Process service;
    private final RemoteWebDriver driver;

    /** MiniBrowser as it comes, JavaScript on. */
    static WebKit withJavaScript() {
        return new WebKit(List.of());
    }

    /** Page scripts off, as in an iPhone's file previewer; WebDriver's own scripts still run. */
    static WebKit withoutPageScripts() {
        return new WebKit(List.of("--enable-javascript-markup=false"));
    }

    private WebKit(List<String> browserArgs) {
        int port = freePort();
        service = startService(port);
        List<String> args = new ArrayList<>(List.of("--automation"));
        args.addAll(browserArgs);
        MutableCapabilities capabilities = new MutableCapabilities();
        capabilities.setCapability("browserName", "MiniBrowser");
        capabilities.setCapability(
                "webkitgtk:browserOptions", Map.of("binary", miniBrowser().toString(), "args", args));
        try {
            driver = new RemoteWebDriver(new URL("http://127.0.0.1:" + port), capabilities);
        } catch (IOException | RuntimeException e) {
            stopService();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        driver.manage().window().setSize(new Dimension(420, 800));
    }

    /** Where Debian puts MiniBrowser: /usr/lib/ARCH/webkit2gtk-4.x/MiniBrowser. */
    static Path miniBrowser() {
        try (Stream<Path> arches = Files.list(Path.of("/usr/lib"))) {
            return arches.flatMap(arch -> Stream.of("webkit2gtk-4.1", "webkit2gtk-4.0")
                            .map(v -> arch.resolve(v).resolve("MiniBrowser")))
                    .filter(Files::isExecutable)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no MiniBrowser under /usr/lib/*/webkit2gtk-4.*/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * WebKitWebDriver listening on 127.0.0.1:port under a virtual display, for a client of its own
     * (the property tests' Node scripts); stop it with {@link #stop}.
     */
    static Process startService(int port) {
        if (!Files.isExecutable(DRIVER)) {
            throw new IllegalStateException(DRIVER + " is missing: apt-get install webkit2gtk-driver xvfb xauth");
        }
        try {
            Path log = Files.createTempFile("webkitwebdriver-", ".log");
            Process service = new ProcessBuilder(
                            "xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", DRIVER.toString(), "--port=" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            awaitService(service, port, log);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The driver, the display and the browser: every process the service started, and only those. */
    static void stop(Process service) {
        service.descendants().forEach(ProcessHandle::destroy);
        service.destroy();
    }

    static int freePortNumber() {
        return freePort();
    }

    private static void awaitService(Process service, int port, Path log) throws IOException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/status")
                        .toURL()
                        .openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!service.isAlive()) {
                throw new IllegalStateException("WebKitWebDriver stopped: " + Files.readString(log));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        stop(service);
        throw new IllegalStateException("WebKitWebDriver did not answer within 30 s: " + Files.readString(log));
    }

    @Override
    public RemoteWebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            stopService();
        }
    }

    private void stopService() {
        stop(service);
    }
}
