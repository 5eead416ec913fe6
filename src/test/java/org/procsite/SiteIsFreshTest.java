package org.procsite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.pipeline.SiteBuild;
import org.procsite.render.SiteFile;
import org.procsite.write.SiteWriter;

/**
 * The committed site/ is what procedure.yaml and templates/ build today. When this fails,
 * rebuild: {@code java -jar target/procsite.jar build} and commit site/.
 */
class SiteIsFreshTest {

    @Test
    void theCommittedSiteIsWhatTheProcedureBuildsToday() throws IOException {
        // The build's own plan, as `build procedure.yaml` runs it; the manifest is the writer's.
        SiteBuild plan = Pipeline.standard().site(Pipeline.compile(ProcedureSet.typed(List.of("procedure.yaml"))));
        Map<String, SiteFile> built = new TreeMap<>();
        for (SiteFile file : SiteWriter.withManifest(plan.files().values())) {
            built.put(file.name(), file);
        }

        Path site = Path.of("site");
        TreeSet<String> committed;
        try (Stream<Path> files = Files.walk(site)) {
            committed = files.filter(Files::isRegularFile)
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(
                new TreeSet<>(built.keySet()),
                committed,
                "site/ holds other files than the build makes: rebuild with `java -jar target/procsite.jar build`");
        for (SiteFile file : built.values()) {
            assertArrayEquals(
                    file.bytes(),
                    Files.readAllBytes(site.resolve(file.name())),
                    "site/" + file.name()
                            + " is stale: rebuild with `java -jar target/procsite.jar build` and commit site/");
        }
    }
}
