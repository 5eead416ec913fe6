package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files under src/test/resources/golden; {@code -Dgolden.update=true} rewrites them on purpose. */
final class Golden {

    static final Path FOLDER = Path.of("src/test/resources/golden");

    private Golden() {}

    static void assertMatches(String name, String actual) throws IOException {
        Path golden = FOLDER.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(
                Files.readString(golden, StandardCharsets.UTF_8),
                actual,
                "differs from " + golden + " (rerun with -Dgolden.update=true if the change is intended)");
    }
}
