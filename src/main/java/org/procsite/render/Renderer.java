package org.procsite.render;

import java.io.IOException;
import java.util.List;

/**
 * Makes some of the site's files from a checked procedure. A renderer writes nothing to disk:
 * {@link SiteRenderer} gathers every file, and the writer puts them in place all at once.
 * Any exception is a bug or an I/O failure, never a problem in the procedure (the checker has
 * ruled those out).
 */
public interface Renderer {

    List<SiteFile> render(RenderContext context) throws IOException;
}
