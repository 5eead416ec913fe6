package org.procsite.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.render.SiteFile;

/** The rules of {@link OutputFolder#choose}, on folders that the test only names, never writes. */
class OutputFolderTest {

    @TempDir
    Path temp;

    private OutputFolder.Surroundings around() {
        return new OutputFolder.Surroundings(
                temp.resolve("work"),
                temp.resolve("home/me"),
                List.of(temp.resolve("work/project")),
                List.of(temp.resolve("work/project/templates")));
    }

    private String refusal(Path requested) {
        return assertThrows(OutputFolder.RefusedOutputException.class, () -> OutputFolder.choose(requested, around()))
                .getMessage();
    }

    @Test
    void aFileSystemRootIsRefused() {
        assertEquals(
                "refusing to replace /: it is the root of a file system; give the site a folder of its own, e.g. --out site",
                refusal(Path.of("/")));
    }

    @Test
    void everyFolderAboveTheCurrentOneIsRefused() {
        assertEquals(
                "refusing to replace " + temp
                        + ": it holds the current folder; give the site a folder of its own, e.g. --out site",
                refusal(temp));
        assertEquals(
                "refusing to replace " + temp.resolve("home")
                        + ": it holds your home folder; give the site a folder of its own, e.g. --out site",
                refusal(temp.resolve("home")));
    }

    @Test
    void aFolderInsideTheTemplatesIsRefused() {
        Path inside = temp.resolve("work/project/templates/site");
        assertEquals(
                "refusing to write the site to " + inside + ": it is, holds or is inside "
                        + temp.resolve("work/project/templates")
                        + ", which the build reads; give the site a folder of its own, e.g. --out site",
                refusal(inside));
    }

    @Test
    void aLinkToNothingIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("site"), temp.resolve("gone"));
        assertEquals(
                link + " is a link to " + temp.resolve("gone")
                        + ", which does not exist; create that folder, or remove the link",
                refusal(link));
    }

    @Test
    void aSiteFolderBesideTheProjectIsAccepted() throws IOException {
        OutputFolder chosen = OutputFolder.choose(temp.resolve("work/project/site"), around());
        assertEquals(temp.toRealPath().resolve("work/project/site"), chosen.real());
    }

    @Test
    void theManifestIsWhatSha256sumPrintsSortedByName() {
        SiteFile b = new SiteFile("b.html", "b".getBytes(StandardCharsets.UTF_8));
        SiteFile a = new SiteFile("img/a.svg", "a".getBytes(StandardCharsets.UTF_8));

        String text = new String(Manifest.of(List.of(a, b)).toSiteFile().bytes(), StandardCharsets.UTF_8);

        // printf b | sha256sum ; printf a | sha256sum
        assertEquals(
                "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  b.html\n"
                        + "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  img/a.svg\n",
                text);
    }
}
