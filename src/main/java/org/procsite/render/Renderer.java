package org.procsite.render;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Makes some of the site's files from a checked procedure. A renderer writes nothing to disk:
 * {@link SiteRenderer} gathers every file, and the writer puts them in place all at once.
 * Any exception is a bug or an I/O failure, never a problem in the procedure (the checker has
 * ruled those out).
 */
public interface Renderer {

    List<SiteFile> render(RenderContext context) throws IOException;

    /**
     * Files made from the bytes of the others, such as the service worker, whose cache is named
     * after the pages it keeps: {@link SiteRenderer} asks every renderer for them once all the
     * site's other files are made, the slow ones (the PDF) and the describing pages included. In
     * the first stage of a preview, the slow outputs are not among them yet; the second stage
     * asks again, and its files replace those of the first (which {@code site} then still holds).
     * None by default.
     *
     * @param site every other file of the procedure's pages by name, as named in its folder
     */
    default List<SiteFile> finish(RenderContext context, Map<String, SiteFile> site) throws IOException {
        return List.of();
    }
}
