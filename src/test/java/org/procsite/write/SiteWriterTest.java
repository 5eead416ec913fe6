package org.procsite.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static OutputFolder choose(Path site) throws IOException {
        Path nowhere = Path.of("/nonexistent-procsite-test");
        return OutputFolder.choose(
                site,
                new OutputFolder.Surroundings(
                        nowhere.resolve("cwd"),
                        nowhere.resolve("home"),
                        List.of(nowhere.resolve("project")),
                        List.of()));
    }

    private static List<Path> oldSitesBeside(Path site) throws IOException {
        try (Stream<Path> list = Files.list(site.getParent())) {
            return list.filter(p -> p.getFileName().toString().startsWith(".site-old-"))
                    .toList();
        }
    }

    @Test
    void aPageEditedWhileTheSiteIsBuiltIsKeptAndSaid(@TempDir Path temp) throws IOException {
        Path site = temp.resolve("site");
        write(List.of(file("index.html", "old"), file("tutorial.html", "old")), site);
        OutputFolder target = choose(site); // checked here; the build renders for seconds after
        Files.writeString(site.resolve("index.html"), "old, and my edit");

        IOException e = assertThrows(
                IOException.class,
                () -> SiteWriter.write(List.of(file("index.html", "new"), file("tutorial.html", "new")), target));

        assertEquals("new", Files.readString(site.resolve("index.html")), "the new site is in place");
        List<Path> kept = oldSitesBeside(site);
        assertEquals(1, kept.size(), e.getMessage());
        assertEquals("old, and my edit", Files.readString(kept.get(0).resolve("index.html")));
        assertFalse(Files.exists(kept.get(0).resolve("tutorial.html")), "what was unchanged is gone");
        assertTrue(e.getMessage().contains("were kept in " + kept.get(0)), e.getMessage());
    }

    @Test
    void aLinkPutIntoTheSiteWhileItIsBuiltIsNeverFollowed(@TempDir Path temp) throws IOException {
        Path site = temp.resolve("site");
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(photos.resolve("logo.png"), "my only copy");
        write(List.of(file("index.html", "old"), file("img/logo.png", "published logo")), site);
        OutputFolder target = choose(site);
        Files.delete(site.resolve("img/logo.png"));
        Files.delete(site.resolve("img"));
        Files.createSymbolicLink(site.resolve("img"), photos);

        assertThrows(IOException.class, () -> SiteWriter.write(List.of(file("index.html", "new")), target));

        assertEquals("my only copy", Files.readString(photos.resolve("logo.png")));
    }

    @Test
    void aLinkedWebRootKeepsItsModeAndGroup(@TempDir Path temp) throws IOException {
        Path webRoot = Files.createDirectories(temp.resolve("www/urgence"));
        Files.setAttribute(webRoot, "unix:mode", 02770);
        Path site = Files.createSymbolicLink(temp.resolve("site"), webRoot);

        write(List.of(file("index.html", "one")), site);
        write(List.of(file("index.html", "two")), site);

        assertEquals("two", Files.readString(webRoot.resolve("index.html")));
        assertEquals(02770, (Integer) Files.getAttribute(webRoot, "unix:mode") & 07777);
    }
}
