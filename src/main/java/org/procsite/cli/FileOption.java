package org.procsite.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The procedure file argument that every command takes: {@code [FILE]}, default procedure.yaml. */
final class FileOption {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "procedure.yaml",
            description = "the procedure (default: ${DEFAULT-VALUE})")
    String file;

    Path path() {
        return Path.of(file);
    }

    /** The folder next to the procedure whose templates win over the bundled ones. */
    Path templatesFolder() {
        Path parent = path().toAbsolutePath().getParent();
        return parent.resolve("templates");
    }

    /** The folder next to the procedure whose files are published with the site as they are. */
    Path staticFolder() {
        return path().toAbsolutePath().getParent().resolve(org.procsite.render.StaticFiles.FOLDER_NAME);
    }
}
