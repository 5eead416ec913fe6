package org.procsite.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Publishes {@code procedure.schema.json}, the JSON Schema of the procedure format, in the site.
 * The one source is the file at the repository root; the build copies it into the jar, and this
 * renderer reads it from there, byte for byte.
 */
public final class SchemaRenderer implements Renderer {

    public static final String FILE_NAME = "procedure.schema.json";

    @Override
    public List<SiteFile> render(RenderContext context) throws IOException {
        // In a site of several procedures, the one schema is at the site's root.
        return context.place().inFolder() ? List.of() : List.of(new SiteFile(FILE_NAME, bytes()));
    }

    /** The schema as it ships in the jar. */
    public static byte[] bytes() throws IOException {
        try (InputStream in = SchemaRenderer.class.getResourceAsStream("/" + FILE_NAME)) {
            if (in == null) {
                throw new IOException(
                        FILE_NAME + " is missing from the jar: the build copies it from the repository root");
            }
            return in.readAllBytes();
        }
    }
}
