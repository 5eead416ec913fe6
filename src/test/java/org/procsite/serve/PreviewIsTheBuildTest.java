package org.procsite.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.procsite.cli.Main;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.testing.TestProcedures;

/**
 * The preview shows the site {@code build} writes: the same files, byte for byte, for one
 * procedure and for a folder of several. What the preview adds is named here and nowhere else:
 * in each HTML page it serves, the live-reload script ({@code data-procsite-build}) and its hash in
 * the page's Content-Security-Policy ({@link LiveReload#inject}); and what {@code build} adds is
 * the writer's record of what it wrote ({@code .procsite-site}), which is no page of the site.
 */
class PreviewIsTheBuildTest {

    /** The writer's record of the files it wrote: not part of the site the pipeline makes. */
    private static final String MANIFEST = ".procsite-site";

    @TempDir
    Path dir;

    static Stream<Path> procedures() {
        return Stream.of(TestProcedures.SEED, TestProcedures.SEVERAL);
    }

    @ParameterizedTest
    @MethodSource("procedures")
    void thePreviewServesTheBytesBuildWrites(Path source) throws Exception {
        Path out = dir.resolve("site");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(
                new PrintWriter(stdout), new PrintWriter(stderr), "build", source.toString(), "--out", out.toString());
        assertEquals(0, code, stderr::toString);
        Map<String, byte[]> written = files(out);
        written.remove(MANIFEST);

        ProcedureSet set = ProcedureSet.typed(List.of(source.toString()));
        try (PreviewServer server = PreviewServer.start(new Previewer(set, Pipeline.standard()), 0, s -> {})) {
            Snapshot preview = server.awaitComplete();
            assertEquals(List.copyOf(written.keySet()), List.copyOf(new TreeMap<>(preview.site()).keySet()));
            for (Map.Entry<String, byte[]> file : written.entrySet()) {
                assertArrayEquals(
                        file.getValue(), preview.site().get(file.getKey()).bytes(), file.getKey() + " in the preview");
            }
            HttpClient http = HttpClient.newHttpClient();
            for (Map.Entry<String, byte[]> file : written.entrySet()) {
                byte[] built = file.getValue();
                byte[] expected = file.getKey().endsWith(".html")
                        ? LiveReload.inject(new String(built, StandardCharsets.UTF_8), preview.id())
                                .getBytes(StandardCharsets.UTF_8)
                        : built;
                HttpResponse<byte[]> served = http.send(
                        HttpRequest.newBuilder(URI.create(server.uri() + file.getKey()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, served.statusCode(), file.getKey());
                assertArrayEquals(expected, served.body(), file.getKey() + " as served");
            }
        }
    }

    /** Every file under {@code folder}, by its name in the site. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
