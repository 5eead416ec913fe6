package org.procsite.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The templates and the CSS/JS they inline. A {@code templates/} folder next to the procedure
 * wins, file by file, over the copy inside the jar, so maintainers can restyle the site
 * without recompiling. A template error is a bug: it stops the build (exit code 3).
 */
public final class Templates {

    /** How long one template may run: the bundled ones take milliseconds. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    /** How much text one template may write: a decision page of the largest procedure is about 2 MiB. */
    static final int OUTPUT_LIMIT = 64 * 1024 * 1024;

    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "procsite-template-alarm");
        t.setDaemon(true);
        return t;
    });

    private final Configuration config;
    private final Optional<Path> folder;
    private final Duration timeLimit;

    private Templates(Configuration config, Optional<Path> folder, Duration timeLimit) {
        this.config = config;
        this.folder = folder;
        this.timeLimit = timeLimit;
    }

    /** @param folder a templates folder to prefer over the bundled one, if it exists */
    public static Templates from(Optional<Path> folder) throws IOException {
        return from(folder, TIME_LIMIT);
    }

    static Templates from(Optional<Path> folder, Duration timeLimit) throws IOException {
        Configuration config = new InterruptibleConfiguration();
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
        // An error inside #attempt is the template's own business: not a log line for the user.
        config.setAttemptExceptionReporter((e, env) -> {});
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
        return new Templates(config, existing, timeLimit);
    }

    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Runs a template with a data model and returns the text it produced; stopped, with an
     * {@link IOException} that names the template, if it runs longer than the time limit (an
     * endless {@code <#list 1.. as i>}), writes more than {@link #OUTPUT_LIMIT} characters or
     * calls itself without end.
     */
    public String apply(String templateName, Object dataModel) throws IOException {
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> ringing = ALARMS.schedule(alarm::ring, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            Template template = config.getTemplate(templateName);
            BoundedWriter out = new BoundedWriter(templateName);
            template.process(dataModel, out);
            alarm.stop();
            return out.toString();
        } catch (TemplateException e) {
            if (alarm.stop()) {
                throw timedOut(templateName, e);
            }
            throw new IOException("template " + templateName + " failed: " + oneLine(e), e);
        } catch (StackOverflowError e) {
            alarm.stop();
            throw new IOException(
                    "template " + templateName + " nests too deeply (a macro, a function or an"
                            + " #include that calls itself without end?): the stack ran out",
                    e);
        } catch (RuntimeException e) {
            if (alarm.stop()) {
                throw timedOut(templateName, e);
            }
            throw e;
        } finally {
            alarm.stop();
            ringing.cancel(false);
        }
    }

    private IOException timedOut(String templateName, Exception e) {
        return new IOException(
                "template " + templateName + " ran for more than " + timeLimit.toSeconds()
                        + " s and was stopped: a loop without end, such as <#list 1.. as i>?",
                e);
    }

    /**
     * FreeMarker's message without its stack and tips, on one line, with where it failed:
     * {@code The following has evaluated to null or missing: ==> x (index.ftlh, line 3, column 5)}.
     */
    static String oneLine(TemplateException e) {
        String message = e.getMessageWithoutStackTop();
        int tips = message.indexOf("\n\n");
        String first = (tips < 0 ? message : message.substring(0, tips))
                .replaceAll("\\s*\n\\s*", " ")
                .strip();
        if (e.getLineNumber() == null || first.contains("[in template")) {
            return first;
        }
        return first + " (" + (e.getTemplateSourceName() == null ? "" : e.getTemplateSourceName() + ", ") + "line "
                + e.getLineNumber() + ", column " + e.getColumnNumber() + ")";
    }

    /** Interrupts the thread running a template once its time is up, unless it was stopped first. */
    private static final class Alarm {
        private final Thread thread;
        private boolean stopped;
        private boolean rang;

        Alarm(Thread thread) {
            this.thread = thread;
        }

        synchronized void ring() {
            if (!stopped) {
                rang = true;
                thread.interrupt();
            }
        }

        /** Stops the alarm; whether it rang (the thread's interrupt is then cleared). */
        synchronized boolean stop() {
            stopped = true;
            if (rang) {
                Thread.interrupted();
            }
            return rang;
        }
    }

    /** Holds what a template writes, up to {@link #OUTPUT_LIMIT} characters. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final String templateName;

        BoundedWriter(String templateName) {
            this.templateName = templateName;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (text.length() + (long) length > OUTPUT_LIMIT) {
                throw new IOException("template " + templateName + " wrote more than " + (OUTPUT_LIMIT >> 20)
                        + " MiB and was stopped: a loop that runs too long?");
            }
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * FreeMarker's own way to stop a template: every template it parses, the included and
     * imported ones too, checks in each loop whether its thread was interrupted.
     */
    private static final class InterruptibleConfiguration extends Configuration {
        private final Set<Template> prepared = Collections.newSetFromMap(new WeakHashMap<>());

        InterruptibleConfiguration() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(
                String name,
                Locale locale,
                Object customLookupCondition,
                String encoding,
                boolean parseAsFTL,
                boolean ignoreMissing)
                throws IOException {
            Template template =
                    super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (template != null) {
                synchronized (prepared) {
                    if (prepared.add(template)) {
                        _CoreAPI.addThreadInterruptedChecks(template);
                    }
                }
            }
            return template;
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
