package org.procsite.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.procsite.render.StaticFiles;

/**
 * The procedure file a command works on, and the folders beside it that a build reads:
 * {@code templates/} (restyles the pages) and {@code static/} (published as it is).
 *
 * @param path where the file is
 * @param displayName the file's name as the user typed it, printed in every message about it
 */
public record ProcedureFile(Path path, String displayName) {

    /** The folder next to the procedure whose templates win over the bundled ones. */
    public static final String TEMPLATES_FOLDER = "templates";

    /** The file as the user typed it on the command line. */
    public static ProcedureFile typed(String name) {
        return new ProcedureFile(Path.of(name), name);
    }

    public Path templatesFolder() {
        return folder().resolve(TEMPLATES_FOLDER);
    }

    public Path staticFolder() {
        return folder().resolve(StaticFiles.FOLDER_NAME); // a constant, copied in by javac: loads no render class
    }

    /** The folder the file is in, which holds what it shares with its neighbours. */
    public Path folder() {
        return path.toAbsolutePath().normalize().getParent();
    }

    /**
     * The one check that the file is there and is a file, before anything reads it.
     *
     * @throws Missing if there is no such file (the preview waits for it to come back)
     * @throws IOException if it is a folder, a device or a pipe
     */
    public void requireRegularFile() throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException(
                    displayName + " is a folder; give the procedure file, e.g. " + displayName + "/procedure.yaml");
        }
        if (!Files.exists(path)) {
            throw new Missing(displayName);
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException(displayName + " is not a regular file (a device or a pipe); give the procedure file");
        }
    }

    /** The procedure file is not there: never written, deleted, or being renamed over by an editor. */
    public static final class Missing extends IOException {
        private static final long serialVersionUID = 1L;

        Missing(String displayName) {
            super(displayName + ": no such file");
        }
    }
}
