package org.procsite.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.render.SiteFile;

class SiteWriterTest {

    private static SiteFile file(String name, String text) {
        return new SiteFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> entriesOf(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }

    /** What build does: choose the folder (as a user outside the test's folders), then write. */
    private static void write(List<SiteFile> files, Path site) throws IOException {
        Path nowhere = Path.of("/nonexistent-procsite-test");
        SiteWriter.write(
                files,
                OutputFolder.choose(
                        site,
                        new OutputFolder.Surroundings(
                                nowhere.resolve("cwd"),
                                nowhere.resolve("home"),
                                List.of(nowhere.resolve("project")),
                                List.of())));
    }

    @Test
    void writesEveryFileIntoANewFolder(@TempDir Path temp) throws IOException {
        Path site = temp.resolve("site");

        write(List.of(file("index.html", "<p>hi</p>"), file("img/a.svg", "<svg/>")), site);

        assertEquals(List.of(".procsite-site", "img/a.svg", "index.html"), namesIn(site));
        assertArrayEquals("<svg/>".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(site.resolve("img/a.svg")));
        assertEquals(List.of(site), entriesOf(temp), "nothing but the site is left beside it");
    }

    @Test
    void replacesAnExistingSiteAsAWhole(@TempDir Path temp) throws IOException {
        Path site = temp.resolve("site");
        write(List.of(file("index.html", "old"), file("old-only.html", "old")), site);

        write(List.of(file("index.html", "new")), site);

        assertEquals(List.of(".procsite-site", "index.html"), namesIn(site));
        assertEquals("new", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(site), entriesOf(temp), "the old site and the temporary folder are gone");
    }

    @Test
    void aFailureHalfwayLeavesTheOldSiteExactlyAsItWas(@TempDir Path temp) throws IOException {
        Path site = temp.resolve("site");
        write(List.of(file("index.html", "old")), site);

        // "a" as a file, then "a/b" needs "a" as a folder: the second write fails.
        assertThrows(IOException.class, () -> write(List.of(file("a", "x"), file("a/b", "y")), site));

        assertEquals(List.of(".procsite-site", "index.html"), namesIn(site));
        assertEquals("old", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(site), entriesOf(temp), "the half-written folder was removed");
    }

    @Test
    void refusesATargetThatIsAFile(@TempDir Path temp) throws IOException {
        Path target = Files.writeString(temp.resolve("site"), "a file");

        IOException e = assertThrows(IOException.class, () -> write(List.of(file("index.html", "x")), target));

        assertEquals(target + " exists and is not a folder", e.getMessage());
        assertEquals("a file", Files.readString(target));
        assertFalse(Files.isDirectory(target));
    }
}
