package org.procsite.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The templates and the CSS/JS they inline. A {@code templates/} folder next to the procedure
 * wins, file by file, over the copy inside the jar, so maintainers can restyle the site
 * without recompiling. A template error is a bug: it stops the build (exit code 3).
 */
public final class Templates {

    private final Configuration config;
    private final Optional<Path> folder;

    private Templates(Configuration config, Optional<Path> folder) {
        this.config = config;
        this.folder = folder;
    }

    /** @param folder a templates folder to prefer over the bundled one, if it exists */
    public static Templates from(Optional<Path> folder) throws IOException {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        Optional<Path> existing = Optional.empty();
        if (folder.isPresent()) {
            // Every file of the folder lies inside the project, links followed (refused otherwise):
            // the loader may then follow links too.
            InsideProject.files(folder.get(), "templates");
            existing = folder.filter(Files::isDirectory).map(Templates::real);
        }
        if (existing.isPresent()) {
            loaders.add(new FileTemplateLoader(existing.get().toFile(), true));
        }
        loaders.add(new ClassTemplateLoader(Templates.class, "/templates"));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true); // .ftlh: HTML auto-escaping; .ftlx: XML
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // Templates shape pages; they must not run code: no ?new of arbitrary classes
        // (freemarker.template.utility.Execute runs commands), no ?api into Java objects.
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        // Output must not depend on the machine: fixed locale, time zone and number format.
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        return new Templates(config, existing);
    }

    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs a template with a data model and returns the text it produced. */
    public String apply(String templateName, Object dataModel) throws IOException {
        try {
            Template template = config.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(dataModel, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new IOException("template " + templateName + " failed: " + e.getMessage(), e);
        }
    }

    /** A file that templates inline as it is (CSS, JS), from the same folders as the templates. */
    public String text(String name) throws IOException {
        if (folder.isPresent()) {
            Path file = folder.get().resolve(name);
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
        }
        try (InputStream in = Templates.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new IOException("no template file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
