package org.procsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}, the one helper every golden test uses:
 * the test compares the output with the file, byte for byte; {@code -Dgolden.update=true}
 * rewrites the files on purpose (then review the diff before committing it).
 */
public final class Golden {

    /** The switch that rewrites the golden files instead of comparing with them. */
    public static final String UPDATE = "golden.update";

    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {}

    /**
     * Fails unless {@code actual} is the content of the golden file {@code name} (a path under
     * {@code src/test/resources/golden/}); a missing file fails too, naming the switch that
     * writes it. With {@code -Dgolden.update=true}, writes {@code actual} there and passes.
     */
    public static void assertMatches(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            throw new AssertionError("no golden file " + file + "; run with -D" + UPDATE + "=true to write it");
        }
        assertEquals(
                Files.readString(file, StandardCharsets.UTF_8),
                actual,
                "differs from " + file + " (rerun with -D" + UPDATE + "=true if the change is intended)");
    }
}
