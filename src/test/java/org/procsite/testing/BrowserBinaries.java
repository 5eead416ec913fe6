package org.procsite.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Where the browser tests find Chromium and ChromeDriver: the environment variables
 * {@code CHROMIUM} and {@code CHROMEDRIVER}, or Debian's places ({@code apt-get install chromium
 * chromium-driver}). Both come from one source package there, so their versions match.
 */
public final class BrowserBinaries {

    private BrowserBinaries() {}

    /** The Chromium binary. */
    public static String chromium() {
        return executable("CHROMIUM", "/usr/bin/chromium");
    }

    /** The ChromeDriver binary, of the same version as {@link #chromium()}. */
    public static String chromedriver() {
        return executable("CHROMEDRIVER", "/usr/bin/chromedriver");
    }

    /**
     * A headless Chromium as the tests run it: no sandbox (root in CI), no background traffic
     * (this machine's network is closed), a 1280×900 window, its own profile folder, and the
     * page's console kept (and the network log too, when asked for).
     */
    public static ChromeDriver headlessChromium(Path profile, boolean networkLog) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium());
        o.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        if (networkLog) {
            logs.enable(LogType.PERFORMANCE, Level.ALL);
        }
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(chromedriver()))
                        .usingAnyFreePort()
                        .build(),
                o);
    }

    /** The path the variable names, or the default; one clear line when there is nothing to run there. */
    static String executable(String variable, String debianDefault) {
        String set = System.getenv(variable);
        String path = set == null || set.isBlank() ? debianDefault : set;
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException((set == null || set.isBlank()
                            ? "no " + path + " (the default)"
                            : variable + "=" + path + " is not an executable")
                    + ": install chromium and chromium-driver (Debian), or set " + variable
                    + " to the binary");
        }
        return path;
    }
}
