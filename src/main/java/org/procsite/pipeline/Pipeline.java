package org.procsite.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.procsite.check.Checker;
import org.procsite.check.Translations;
import org.procsite.load.LoadResult;
import org.procsite.load.Loader;
import org.procsite.model.Procedure;
import org.procsite.render.RenderContext;
import org.procsite.render.SiteFile;
import org.procsite.render.SiteRenderer;
import org.procsite.render.StaticFiles;
import org.procsite.render.Templates;

/**
 * The one way from a procedure file to a site: <b>load → check → render</b>. Every command goes
 * through it ({@code check} and {@code paths} stop after {@link #compile}, {@code build} renders
 * with {@link #site}, {@code serve} renders in two stages with {@link #pages} and {@link #rest}),
 * and none of them does any of these steps itself. Writing to disk is the caller's: the pipeline
 * only returns values.
 *
 * <p>{@link #compile} loads no class of the rendering stack, so that {@code check} stays fast
 * on a cold JVM; the render methods load it on first use. Immutable and thread-safe.
 */
public final class Pipeline {

    private final SiteRenderer renderer;

    /** @param renderer the outputs of the site; {@link SiteRenderer#standard()} in every command */
    public Pipeline(SiteRenderer renderer) {
        this.renderer = renderer;
    }

    /** The pipeline of every command: all the outputs named in the README. */
    public static Pipeline standard() {
        return new Pipeline(SiteRenderer.standard());
    }

    /**
     * Load and check: the file must be there (the one place that says so), and the languages of
     * the page words are those of the bundled templates and of the templates folder beside it.
     *
     * @throws ProcedureFile.Missing if the file is not there
     * @throws IOException if it is not a regular file, or cannot be read (not a problem in the procedure)
     */
    public static Compilation compile(ProcedureFile file) throws IOException {
        file.requireRegularFile();
        return checked(Loader.load(file.path(), file.displayName()), file.templatesFolder());
    }

    /**
     * Load and check a revision read from elsewhere (git): {@code displayName} names it in
     * messages, e.g. {@code HEAD:procedure.yaml}; its templates are those beside {@code file}.
     */
    public static Compilation compile(String displayName, byte[] bytes, ProcedureFile file) {
        return checked(Loader.load(displayName, bytes), file.templatesFolder());
    }

    private static Compilation checked(LoadResult loaded, Path templatesFolder) {
        return new Compilation(loaded, Checker.check(loaded, Translations.bundledAnd(templatesFolder)));
    }

    /**
     * The whole site of a checked procedure, in memory, with the files of {@code static/}.
     *
     * @throws IOException if a template or an output fails (a bug, or an unreadable template),
     *     or a static file takes the name of an output
     */
    public Map<String, SiteFile> site(Procedure procedure, ProcedureFile file) throws IOException {
        Templates templates = Templates.from(Optional.of(file.templatesFolder()));
        return StaticFiles.addTo(renderer.render(procedure, templates), StaticFiles.read(file.staticFolder()));
    }

    /**
     * The first stage of a preview: the pages a maintainer looks at while editing. Templates are
     * read afresh each time, so a template saved since is used.
     */
    public Stage pages(Procedure procedure, ProcedureFile file) throws IOException {
        RenderContext context = RenderContext.of(procedure, Templates.from(Optional.of(file.templatesFolder())));
        return new Stage(context, renderer.renderFirst(context));
    }

    /** Whether {@link #rest} has anything to add to the {@link #pages}. */
    public boolean hasRest() {
        return renderer.hasLater();
    }

    /** The second stage of a preview: the whole site, the slow outputs (the PDF) added to the pages. */
    public Map<String, SiteFile> rest(Stage pages) throws IOException {
        return renderer.renderLater(pages.context(), pages.files());
    }

    /** The files of a preview's first stage, and what the second needs to go on from them. */
    public record Stage(RenderContext context, Map<String, SiteFile> files) {
        public Stage {
            files = Collections.unmodifiableMap(new TreeMap<>(files));
        }
    }
}
