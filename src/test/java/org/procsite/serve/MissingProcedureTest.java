package org.procsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureFile;
import org.procsite.render.PageRenderer;
import org.procsite.render.SiteRenderer;

/** A procedure deleted while {@code serve} runs is missing, not a bug; the next save brings the site back. */
class MissingProcedureTest {

    @Test
    void aDeletedProcedureSaysItIsMissingAndItsReturnRebuilds(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("procedure.yaml");
        Previewer previewer = new Previewer(
                new ProcedureFile(yaml, "procedure.yaml"),
                new Pipeline(new SiteRenderer(List.of(new PageRenderer("index.ftlh", "index.html")))));

        Snapshot missing = previewer.build();
        Files.copy(Path.of("src/test/resources/procedures/seed.yaml"), yaml);
        Snapshot back = previewer.build();

        assertEquals(
                Optional.of("procedure.yaml is missing (deleted or renamed?); waiting for it to be saved again"),
                missing.failure());
        String page = missing.problemPage().orElseThrow();
        assertTrue(page.contains("<h1>procedure.yaml is missing</h1>"), page);
        assertTrue(page.contains("this page reloads by itself as soon as it is there"), page);
        assertTrue(back.ok(), "the site is back once the file is");
        assertTrue(back.site().containsKey("index.html"));
    }
}
