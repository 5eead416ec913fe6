package org.procsite.render.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.procsite.check.Checker;
import org.procsite.load.Loader;
import org.procsite.model.Procedure;
import org.procsite.render.SiteFile;
import org.procsite.render.SiteRenderer;
import org.procsite.render.Templates;
import org.procsite.testing.TestProcedures;

/** Builds the decision page of a procedure file, with the repository's templates, for the tests. */
final class DecisionPages {

    static final Path SEED = TestProcedures.SEED;
    static final Path LAB = TestProcedures.LAB;
    static final Path LIVE = TestProcedures.LIVE;

    private DecisionPages() {}

    static Procedure procedure(Path file) {
        try {
            return Checker.check(Loader.load(file, file.toString()))
                    .procedure()
                    .orElseThrow(() -> new AssertionError(file + " does not check"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] render(Procedure procedure) {
        try {
            Map<String, SiteFile> site =
                    SiteRenderer.standard().render(procedure, Templates.from(Optional.of(Path.of("templates"))));
            return site.get(DecisionPageRenderer.FILE_NAME).bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the page of {@code procedure} into {@code folder} and returns its file:// URL. */
    static String writeTo(Path folder, Procedure procedure, String name) {
        try {
            Path file = folder.resolve(name);
            Files.write(file, render(procedure));
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
