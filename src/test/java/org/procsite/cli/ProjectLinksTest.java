package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only what lies inside the project is published: a link in {@code static/} or
 * {@code templates/} out of the project's folder is refused at its path (exit 3, one line,
 * nothing written); a link inside it is followed; a file kept from others stays so.
 */
class ProjectLinksTest {

    private static final Path SEED = Path.of("src/test/resources/procedures/seed.yaml");
    private static final String SECRET = "TOKEN=s3cr3t-of-the-runner\n";

    @TempDir
    Path temp;

    private Path project;
    /** A file of the machine, outside the project: what a hostile link points at. */
    private Path secret;

    @BeforeEach
    void aProjectAndASecretBesideIt() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        Files.copy(SEED, project.resolve("procedure.yaml"));
        secret = Files.writeString(temp.resolve("environ"), SECRET);
    }

    @Test
    void aStaticFileLinkedOutOfTheProjectIsRefusedAtItsPath() throws IOException {
        Files.createDirectories(project.resolve("static"));
        Files.createSymbolicLink(project.resolve("static/env"), secret);

        assertRefused(build(), "static/env is a link to " + secret.toRealPath() + ", outside the project");
    }

    @Test
    void aStaticFolderLinkedOutOfTheProjectIsRefused() throws IOException {
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Files.createSymbolicLink(project.resolve("static"), shared);

        assertRefused(build(), "static is a link to " + shared.toRealPath() + ", outside the project");
    }

    @Test
    void aFolderInStaticLinkedOutOfTheProjectIsRefused() throws IOException {
        Files.createDirectories(project.resolve("static"));
        Files.createSymbolicLink(project.resolve("static/proc"), temp);

        assertRefused(build(), "static/proc is a link to " + temp.toRealPath() + ", outside the project");
    }

    @Test
    void anInlinedTemplateFileLinkedOutOfTheProjectIsRefused() throws IOException {
        Files.createDirectories(project.resolve("templates"));
        Files.createSymbolicLink(project.resolve("templates/decision.js"), secret);

        assertRefused(build(), "templates/decision.js is a link to " + secret.toRealPath() + ", outside the project");
    }

    @Test
    void aStylesheetLinkedOutOfTheProjectIsRefusedNotAnInternalError() throws IOException {
        Files.createDirectories(project.resolve("templates"));
        Files.createSymbolicLink(project.resolve("templates/index.css"), secret);

        Cli run = build();

        assertRefused(run, "templates/index.css is a link to " + secret.toRealPath() + ", outside the project");
        assertFalse(run.err().contains("internal error"), run::toString);
    }

    @Test
    void aLinkToNothingIsSaidAsSuch() throws IOException {
        Files.createDirectories(project.resolve("static"));
        Files.createSymbolicLink(project.resolve("static/logo.png"), Path.of("../gone.png"));

        assertRefused(build(), "static/logo.png is a link to ../gone.png, which does not exist");
    }

    @Test
    void linksInsideTheProjectAreFollowed() throws IOException {
        Path assets = Files.createDirectories(project.resolve("assets"));
        Files.writeString(assets.resolve("CNAME"), "urgence.example.org\n");
        Files.writeString(assets.resolve("extra.css"), "/* shared */ body { color: black; }\n");
        Files.createDirectories(project.resolve("static"));
        Files.createSymbolicLink(project.resolve("static/CNAME"), Path.of("../assets/CNAME"));
        Files.createSymbolicLink(project.resolve("static/assets"), Path.of("../assets"));
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(
                assets.resolve("index.css"),
                new String(
                                OutputSafetyTest.class
                                        .getResourceAsStream("/templates/index.css")
                                        .readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8)
                        + "\n/* linked */\n");
        Files.createSymbolicLink(project.resolve("templates/index.css"), Path.of("../assets/index.css"));

        Cli run = build();

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        Path site = temp.resolve("site");
        assertEquals("urgence.example.org\n", Files.readString(site.resolve("CNAME")));
        assertTrue(Files.isRegularFile(site.resolve("assets/extra.css"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.isSymbolicLink(site.resolve("CNAME")), "the file is copied, not the link");
        assertTrue(
                Files.readString(site.resolve("index.html")).contains("/* linked */"), "the linked template is used");
    }

    @Test
    void aFileKeptFromOthersIsNotPublishedReadableByAll() throws IOException {
        Path statics = Files.createDirectories(project.resolve("static"));
        Files.writeString(statics.resolve("private.txt"), "mine\n");
        Files.setPosixFilePermissions(statics.resolve("private.txt"), PosixFilePermissions.fromString("rw-------"));
        Files.writeString(statics.resolve("public.txt"), "everyone's\n");
        Files.setPosixFilePermissions(statics.resolve("public.txt"), PosixFilePermissions.fromString("rwxrwxrwx"));

        Cli run = build();

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        Path site = temp.resolve("site");
        assertEquals(
                "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(site.resolve("private.txt"))));
        assertEquals(
                Files.getPosixFilePermissions(site.resolve("index.html")),
                Files.getPosixFilePermissions(site.resolve("public.txt")),
                "a static file is written with the site's mode, not its source's");
    }

    private Cli build() {
        return Cli.run(
                "build",
                project.resolve("procedure.yaml").toString(),
                "--out",
                temp.resolve("site").toString());
    }

    private void assertRefused(Cli run, String message) throws IOException {
        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().startsWith("procsite: error: " + message), run::toString);
        assertFalse(run.showsAStackTrace(), run::toString);
        assertFalse(Files.exists(temp.resolve("site")), "nothing was written");
        assertEquals(SECRET, Files.readString(secret));
    }
}
