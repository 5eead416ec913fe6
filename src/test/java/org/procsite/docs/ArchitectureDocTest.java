package org.procsite.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Each Java class that docs/architecture.md names in backticks ({@code `Pipeline`},
 * {@code `pipeline.Pipeline`}, {@code `Pipeline.compile(file)`}, {@code `ProcedurePreview.Rest`})
 * exists: a file {@code Name.java} in src/main/java or src/test/java.
 */
class ArchitectureDocTest {

    static final Path ARCHITECTURE = Path.of("docs/architecture.md");

    /**
     * An optional package ({@code render.sheet.}), then a class name in CamelCase with at least
     * one lower-case letter (so {@code DIR}, {@code E0NN} or {@code CHROMIUM} are not taken for
     * one), then members or nested types ({@code .compile(file)}, {@code .Rest}).
     */
    private static final Pattern CLASS_REFERENCE = Pattern.compile(
            "^(?:[a-z][a-z0-9]*\\.)*([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?:\\.[A-Za-z_][A-Za-z0-9_]*)*(?:\\(.*\\))?$");

    @Test
    void everyClassItNamesExists() {
        Set<String> named = namedClasses(read(ARCHITECTURE));

        assertTrue(named.size() > 30, "found only " + named + ": is the pattern still right?");
        named.removeAll(javaClasses());
        assertEquals(Set.of(), named, ARCHITECTURE + " names classes that do not exist");
    }

    @Test
    void aClassThatDoesNotExistIsSeen() {
        Set<String> named = namedClasses(
                "`Pipeline`, `pipeline.Pipeline`, `Pipeline.compile(file)`, `sw.js`, `DIR`, `E0NN`, `OldRenderer`\n");

        assertEquals(Set.of("Pipeline", "OldRenderer"), named);
        named.removeAll(javaClasses());
        assertEquals(Set.of("OldRenderer"), named);
    }

    /** The simple class names that backticked spans of this Markdown name. */
    static Set<String> namedClasses(String markdown) {
        return MarkdownDocs.codeSpans(Parser.builder().build().parse(markdown)).stream()
                .map(CLASS_REFERENCE::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The simple names of the classes, from the names of the .java files. */
    static Set<String> javaClasses() {
        Set<String> names = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".java"))
                        .map(n -> n.substring(0, n.length() - ".java".length()))
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
