package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.procsite.testing.TestProcedures;

/**
 * {@code check} and {@code paths} run on every save: they load no class of the rendering stack
 * (PDF, fonts, SVG, layout, templates, HTML), which cost seconds of a cold JVM. Each command runs
 * in a fresh JVM with {@code -verbose:class}, which lists every class as it is loaded.
 */
class LazyLoadingTest {

    /** The packages of the rendering stack, as they appear in the class-loading log. */
    private static final Pattern RENDERING =
            Pattern.compile("\\b(com\\.openhtmltopdf|org\\.apache\\.pdfbox|org\\.apache\\.fontbox|org\\.apache\\.batik"
                    + "|org\\.eclipse\\.elk|org\\.eclipse\\.emf|freemarker|org\\.jsoup|org\\.commonmark"
                    + "|com\\.google\\.zxing|org\\.procsite\\.render)\\.");

    @Test
    void checkLoadsNoClassOfTheRenderingStack() throws Exception {
        assertNoneLoaded("check", TestProcedures.SEED.toString());
    }

    @Test
    void pathsLoadsNoClassOfTheRenderingStack() throws Exception {
        assertNoneLoaded("paths", TestProcedures.SEED.toString());
    }

    @Test
    void theProbeSeesTheRenderingStackWhenBuildLoadsIt() throws Exception {
        Path out = java.nio.file.Files.createTempDirectory("procsite-lazy-");
        List<String> loaded = loadedClasses(
                "build",
                TestProcedures.SEED.toString(),
                "--out",
                out.resolve("site").toString());
        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("com.openhtmltopdf.")), "build loads openhtmltopdf");
        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("org.eclipse.elk.")), "build loads ELK");
        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("freemarker.")), "build loads FreeMarker");
    }

    private static void assertNoneLoaded(String... args) throws Exception {
        List<String> loaded = loadedClasses(args);
        assertTrue(loaded.size() > 100, "the JVM reported its classes: " + loaded.size());
        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("org.procsite.check.")), "the checker ran");
        List<String> rendering =
                loaded.stream().filter(c -> RENDERING.matcher(c).lookingAt()).toList();
        assertEquals(List.of(), rendering, String.join(" ", args) + " loads rendering classes");
    }

    /** Every class a fresh JVM loads to run {@code procsite ARGS}, by name. */
    private static List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off",
                "-Xlog:class+load=info:stdout",
                "-cp",
                ServeCommandTest.testClassPath(),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log.length() > 2000 ? log.substring(log.length() - 2000) : log);
        // "[0.012s][info][class,load] java.lang.Object source: shared objects file"
        return log.lines()
                .filter(l -> l.contains("[class,load]"))
                .map(l -> l.substring(l.indexOf("[class,load]") + "[class,load]".length())
                        .strip())
                .map(l -> l.split(" ", 2)[0])
                .toList();
    }
}
