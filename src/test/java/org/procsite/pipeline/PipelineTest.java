package org.procsite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.check.SharedContacts;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.render.PageRenderer;
import org.procsite.render.SiteFile;
import org.procsite.render.SiteRenderer;
import org.procsite.testing.TestProcedures;

/** load → check → render, as every command runs it. */
class PipelineTest {

    private static final Path UNTRANSLATED = Path.of("src/test/resources/fixtures/warning/untranslated-lang.yaml");

    @Test
    void aMissingFileIsSaidOnceTheSameWayForEveryCommand(@TempDir Path dir) {
        ProcedureFile missing = new ProcedureFile(dir.resolve("nope.yaml"), "nope.yaml");
        ProcedureFile.Missing e =
                assertThrows(ProcedureFile.Missing.class, () -> Pipeline.compile(missing, SharedContacts.NONE));
        assertEquals("nope.yaml: no such file", e.getMessage());
        IOException folder = assertThrows(
                IOException.class, () -> Pipeline.compile(new ProcedureFile(dir, "here"), SharedContacts.NONE));
        assertEquals("here is a folder; give the procedure file, e.g. here/procedure.yaml", folder.getMessage());
    }

    @Test
    void everyDiagnosticKnowsItsFile() throws IOException {
        Compilation c = Pipeline.compile(ProcedureFile.typed(UNTRANSLATED.toString()), SharedContacts.NONE);
        assertEquals(
                List.of(UNTRANSLATED.toString()),
                c.diagnostics().stream().map(Diagnostic::fileName).toList());
        assertEquals("lang: it", c.diagnostics().get(0).source().lines().get(3));
    }

    @Test
    void aTranslationInTheTemplatesFolderBesideTheProcedureSilencesW004(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("procedure.yaml");
        Files.copy(UNTRANSLATED, yaml);
        ProcedureFile file = new ProcedureFile(yaml, "procedure.yaml");
        assertEquals(
                List.of(Code.UNTRANSLATED_LANG),
                codes(Pipeline.compile(file, SharedContacts.NONE)),
                "no Italian words yet");

        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(
                dir.resolve("templates/messages_it.properties"), "decision.back=Indietro\n", StandardCharsets.UTF_8);
        assertEquals(
                List.of(),
                codes(Pipeline.compile(file, SharedContacts.NONE)),
                "templates/messages_it.properties is there");
    }

    @Test
    void theSiteHoldsTheRenderedPagesAndTheStaticFiles(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("procedure.yaml");
        Files.copy(TestProcedures.SEED, yaml);
        Files.createDirectories(dir.resolve("static"));
        Files.writeString(dir.resolve("static/CNAME"), "example.org\n", StandardCharsets.UTF_8);
        ProcedureFile file = new ProcedureFile(yaml, "procedure.yaml");
        Pipeline pipeline = new Pipeline(new SiteRenderer(List.of(new PageRenderer("index.ftlh", "index.html"))));

        Map<String, SiteFile> site =
                pipeline.site(Pipeline.compile(ProcedureSet.one(file))).files();

        assertEquals(List.of("CNAME", "index.html"), List.copyOf(site.keySet()));
    }

    @Test
    void twoRenderersWritingOneFileIsABug(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("procedure.yaml");
        Files.copy(TestProcedures.SEED, yaml);
        ProcedureFile file = new ProcedureFile(yaml, "procedure.yaml");
        Pipeline pipeline = new Pipeline(new SiteRenderer(
                List.of(new PageRenderer("index.ftlh", "index.html"), new PageRenderer("index.ftlh", "index.html"))));

        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> pipeline.site(Pipeline.compile(ProcedureSet.one(file))).files());
        assertTrue(e.getMessage().equals("two renderers wrote index.html"), e.getMessage());
    }

    private static List<Code> codes(Compilation c) {
        return c.diagnostics().stream().map(Diagnostic::code).toList();
    }
}
