package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.serve.PreviewServer;
import org.procsite.serve.Previewer;
import org.procsite.testing.TestProcedures;

/**
 * {@code serve} prints what {@code build} prints about a procedure: here W006, which only the
 * PDF's page count tells, at the first build and again once a save's PDF is made.
 */
class ServeSaysWhatBuildSaysTest {

    @TempDir
    Path dir;

    @Test
    void aSheetThatOutgrewItsPagesIsWarnedAboutByServeAsByBuild() throws Exception {
        // The seed with every checklist twice as long, as in PrintedSheetReportTest: more than two pages.
        String seed = Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8);
        String longer =
                seed.replaceAll("(?m)^(      - (?!label:).*)$", "$1\n$1 Et le vérifier une seconde fois, calmement.");
        Path yaml = dir.resolve("procedure.yaml");
        Files.writeString(yaml, longer, StandardCharsets.UTF_8);
        Cli build =
                Cli.run("build", yaml.toString(), "--out", dir.resolve("site").toString());
        assertEquals(ExitCode.OK, build.exitCode(), build::toString);
        String w006 = build.err();
        assertTrue(w006.contains(": warning[W006]: tutorial.pdf has "), build::toString);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err, true);
        ServeCommand.Console console = new ServeCommand.Console();
        ProcedureSet set = ProcedureSet.typed(List.of(yaml.toString()));
        try (PreviewServer server = PreviewServer.start(
                new Previewer(set, Pipeline.standard()),
                0,
                s -> ServeCommand.report(s, console, new PrintWriter(out, true), errWriter))) {
            assertEquals(w006, err.toString(), "the first build: what build printed");

            Files.writeString(yaml, longer.replace("version: \"1.0\"", "version: \"1.1\""), StandardCharsets.UTF_8);
            // The save is seen and rebuilt: the pages at once, W006 once the PDF is made and counted.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (count(err.toString(), w006) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(count(err.toString(), w006) >= 2, err::toString);
            assertTrue(out.toString().contains("procedure.yaml: ok, 16 nodes"), out::toString);
        }
    }

    @Test
    void aChangeWithoutANewVersionIsWarnedAboutByServeAsByBuild() throws Exception {
        Path yaml = dir.resolve("procedure.yaml");
        String seed = Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8);
        Files.writeString(yaml, seed, StandardCharsets.UTF_8);
        Git.commitNew(dir, "procedure.yaml");
        Files.writeString(
                yaml,
                seed.replace("title: Faire saisir le bon mail universitaire", "title: Faire saisir le bon mail"),
                StandardCharsets.UTF_8);
        Cli build =
                Cli.run("build", yaml.toString(), "--out", dir.resolve("site").toString());
        assertEquals(ExitCode.OK, build.exitCode(), build::toString);
        assertTrue(build.err().contains(": warning[W007]: "), build::toString);

        StringWriter err = new StringWriter();
        ProcedureSet set = ProcedureSet.typed(List.of(yaml.toString()));
        try (PreviewServer server = PreviewServer.start(
                new Previewer(set, Pipeline.standard()),
                0,
                s -> ServeCommand.report(
                        s,
                        new ServeCommand.Console(),
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(err, true)))) {
            assertEquals(build.err(), err.toString());
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
