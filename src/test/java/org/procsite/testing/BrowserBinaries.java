package org.procsite.testing;

import java.nio.file.Files;
import java.nio.file.Path;

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
