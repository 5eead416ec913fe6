package org.procsite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The draft (the procedure as written, before the check) is read only by {@code load}, which
 * makes it, and {@code check}, which turns it into the checked model; everything after reads the
 * model, whose {@code SourcePositions} say where its parts are written.
 */
class DraftStaysInLoadAndCheckTest {

    private static final Path MAIN = Path.of("src/main/java/org/procsite");

    @Test
    void noClassOutsideLoadAndCheckImportsTheDraft() throws IOException {
        List<String> outside = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace('\\', '/');
                if (pkg.equals("load") || pkg.equals("check")) {
                    continue;
                }
                if (Files.readString(file, StandardCharsets.UTF_8).contains("import org.procsite.load.Draft")) {
                    outside.add(MAIN.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), outside);
    }
}
