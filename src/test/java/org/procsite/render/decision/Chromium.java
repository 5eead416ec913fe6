package org.procsite.render.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.procsite.testing.BrowserBinaries;

/**
 * One headless Debian Chromium for a test class (a start costs about 2 s), found by
 * {@link BrowserBinaries}, with the browser and network logs on; the decision page's helpers
 * come from {@link PageBrowser}. Close it in {@code @AfterAll}; that also deletes its profile folder.
 */
final class Chromium implements PageBrowser {

    private final Path profile;
    private final ChromeDriver driver;

    /** A browser that also logs the network, to count requests (it slows every command a little). */
    static Chromium withNetworkLog() {
        return new Chromium(true);
    }

    /** A browser with the console log only. */
    static Chromium plain() {
        return new Chromium(false);
    }

    private Chromium(boolean networkLog) {
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver = BrowserBinaries.headlessChromium(profile, networkLog);
    }

    @Override
    public ChromeDriver driver() {
        return driver;
    }

    Object cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** Empties the network and console logs, e.g. of Chromium's own start-up traffic. */
    void drainLogs() {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** The URLs of every request the browser sent since the last drain. */
    List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = asMap(
                    asMap(new Json().toType(entry.getMessage(), Map.class)).get("message"));
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                Map<String, Object> request = asMap(asMap(message.get("params")).get("request"));
                urls.add(String.valueOf(request.get("url")));
            }
        }
        return urls;
    }

    /** Console messages at warning level or above since the last drain (CSP violations land here). */
    List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * fetch(url) from the page shown, {@code url} relative to it: the status, the Content-Type
     * and the SHA-256 of the body in hex (see {@link #sha256}), as a service worker or the server
     * answers it. Not from the decision page, whose policy allows no fetch.
     */
    List<Object> fetched(String url) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Object result = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer()"
                        + ".then(b => crypto.subtle.digest('SHA-256', b))"
                        + ".then(h => done([r.status, r.headers.get('Content-Type'),"
                        + " Array.from(new Uint8Array(h), x => x.toString(16).padStart(2, '0')).join('')])))"
                        + ".catch(e => done(String(e)))",
                url);
        if (!(result instanceof List<?> list)) {
            throw new AssertionError("fetch(" + url + ") from " + driver.getCurrentUrl() + ": " + result);
        }
        return List.copyOf(list);
    }

    /** The SHA-256 of {@code bytes} in hex, as {@link #fetched} gives it. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temp folder is not worth failing a test run for
            }
        }
    }
}
