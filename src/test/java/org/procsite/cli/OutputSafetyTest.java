package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --out} never loses a file of the user's: it replaces a folder only if it is
 * absent, empty or a site procsite wrote, and refuses (exit 3, nothing touched) otherwise. Each
 * case snapshots the whole tree (SHA-256 of every file) before and after.
 */
class OutputSafetyTest {

    private static final Path SEED = Path.of("src/test/resources/procedures/seed.yaml");

    @TempDir
    Path temp;

    /** A user's project: the procedure, notes of their own, and a git history. */
    private Path project;

    @BeforeEach
    void aUsersProject() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        Files.copy(SEED, project.resolve("procedure.yaml"));
        Files.writeString(project.resolve("notes.txt"), "my notes\n");
        Files.createDirectories(project.resolve(".git/refs"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    }

    @Test
    void dotIsTheCurrentFolderAndIsRefused() throws Exception {
        assertRefusedInProcess(
                project, List.of("build", "--out", "."), "refusing to replace .: it is the current folder");
    }

    @Test
    void anEmptyOutIsRefused() throws Exception {
        assertRefusedInProcess(project, List.of("build", "--out", ""), "the output folder is empty (--out \"\")");
    }

    @Test
    void theParentFolderIsRefused() throws Exception {
        Path sub = Files.createDirectories(project.resolve("work"));
        assertRefusedInProcess(
                sub,
                List.of("build", "../procedure.yaml", "--out", ".."),
                "refusing to replace ..: it holds the current folder");
    }

    @Test
    void theHomeFolderIsRefused() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        Files.writeString(home.resolve(".bashrc"), "# mine\n");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        assertRefusedInProcess(
                elsewhere,
                List.of(
                        "-Duser.home=" + home,
                        "build",
                        project.resolve("procedure.yaml").toString(),
                        "--out",
                        home.toString()),
                "refusing to replace " + home + ": it is your home folder");
    }

    @Test
    void theProcedureFolderIsRefused() throws IOException {
        String before = Trees.digest(temp);

        Cli run = Cli.run("build", project.resolve("procedure.yaml").toString(), "--out", project.toString());

        assertRefused(run, "refusing to replace " + project + ": it is the folder of the procedure");
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void theTemplatesFolderIsRefused() throws IOException {
        Path templates = Files.createDirectories(project.resolve("templates"));
        Files.writeString(templates.resolve("index.css"), "body { color: black }\n");
        String before = Trees.digest(temp);

        Cli run = Cli.run("build", project.resolve("procedure.yaml").toString(), "--out", templates.toString());

        assertRefused(run, "refusing to write the site to " + templates + ": it is, holds or is inside " + templates);
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void aFolderOfTheUsersOwnIsRefused() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("guide.md"), "# my guide\n");
        String before = Trees.digest(temp);

        Cli run = Cli.run("build", project.resolve("procedure.yaml").toString(), "--out", docs.toString());

        assertRefused(
                run,
                "refusing to replace " + docs
                        + ": it holds files and is not a site that procsite wrote (no .procsite-site in it)");
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void aForeignFileInTheSiteIsNeverDeletedAndPointsToStatic() throws IOException {
        Path site = temp.resolve("site");
        assertEquals(ExitCode.OK, build(site).exitCode());
        Files.writeString(site.resolve("CNAME"), "urgence.example.org\n");
        String before = Trees.digest(temp);

        Cli run = build(site);

        assertRefused(
                run,
                "refusing to replace " + site + ": " + site + "/CNAME was not written by procsite;"
                        + " to publish it with the site, move it to static/CNAME next to the procedure");
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void aPageChangedByHandIsNotOverwritten() throws IOException {
        Path site = temp.resolve("site");
        assertEquals(ExitCode.OK, build(site).exitCode());
        Files.writeString(site.resolve("index.html"), "<p>my own front page</p>\n");
        String before = Trees.digest(temp);

        Cli run = build(site);

        assertRefused(run, site + "/index.html was changed after procsite wrote it");
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void staticFilesAreCopiedAsTheyAreAndTheNextBuildReplacesTheSite() throws IOException {
        Path statics = Files.createDirectories(project.resolve("static/img"));
        Files.writeString(project.resolve("static/CNAME"), "urgence.example.org\n");
        Files.writeString(project.resolve("static/.nojekyll"), "");
        byte[] logo = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        Files.write(statics.resolve("logo.png"), logo);
        Path site = temp.resolve("site");
        String projectBefore = Trees.digest(project);

        Cli first = build(site);
        Cli second = build(site);

        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        assertEquals(ExitCode.OK, second.exitCode(), second::toString);
        assertEquals("urgence.example.org\n", Files.readString(site.resolve("CNAME")));
        assertTrue(Files.isRegularFile(site.resolve(".nojekyll")));
        assertArrayEquals(logo, Files.readAllBytes(site.resolve("img/logo.png")));
        String manifest = Files.readString(site.resolve(".procsite-site"), StandardCharsets.UTF_8);
        assertTrue(
                manifest.contains("  CNAME\n")
                        && manifest.contains("  img/logo.png\n")
                        && manifest.contains("  decision.html\n"),
                manifest);
        assertEquals(projectBefore, Trees.digest(project), "the project, static/ included, is untouched");
        assertEquals(List.of("project", "site"), entriesOf(temp), "no temporary folder is left");
    }

    @Test
    void aStaticFolderThatIsALinkInsideTheProjectIsCopiedAndDotsInANameAreFine() throws IOException {
        Path shared = Files.createDirectories(project.resolve("shared-static"));
        Files.writeString(shared.resolve("CNAME"), "urgence.example.org\n");
        Files.writeString(shared.resolve("notes..v2.txt"), "two dots\n");
        Files.createSymbolicLink(project.resolve("static"), shared);
        Path site = temp.resolve("site");

        Cli run = build(site);

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertEquals("urgence.example.org\n", Files.readString(site.resolve("CNAME")));
        assertEquals("two dots\n", Files.readString(site.resolve("notes..v2.txt")));
    }

    @Test
    void aGitRepositoryInTheSiteIsRefusedWithoutAdvisingToPublishIt() throws IOException {
        Path site = temp.resolve("site");
        assertEquals(ExitCode.OK, build(site).exitCode());
        Files.createDirectories(site.resolve(".git"));
        Files.writeString(site.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        String before = Trees.digest(temp);

        Cli run = build(site);

        assertRefused(run, "refusing to replace " + site + ": it holds a git repository (" + site + "/.git)");
        assertFalse(run.err().contains("static/"), run::toString);
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void aStaticFileMayNotTakeThePlaceOfAPage() throws IOException {
        Files.createDirectories(project.resolve("static"));
        Files.writeString(project.resolve("static/index.html"), "<p>mine</p>\n");
        String before = Trees.digest(temp);

        Cli run = build(temp.resolve("site"));

        assertRefused(run, "static/index.html has the name of a file procsite makes");
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void aSiteThatIsALinkIsUpdatedThroughTheLink() throws IOException {
        Path webRoot = Files.createDirectories(temp.resolve("var/www/urgence"));
        Path site = Files.createSymbolicLink(project.resolve("site"), Path.of("../var/www/urgence"));

        Cli first = build(site);
        Files.writeString(
                project.resolve("procedure.yaml"),
                Files.readString(project.resolve("procedure.yaml"))
                        .replace(
                                "title: Procédure – urgence – connexion",
                                "title: Procédure – urgence – connexion (v2)"));
        Cli second = build(site);

        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        assertEquals(ExitCode.OK, second.exitCode(), second::toString);
        assertTrue(Files.isSymbolicLink(site), "site is still the link");
        assertEquals(Path.of("../var/www/urgence"), Files.readSymbolicLink(site));
        assertTrue(
                Files.readString(webRoot.resolve("index.html")).contains("connexion (v2)"),
                "the linked folder holds the new site");
        assertEquals(List.of("urgence"), entriesOf(webRoot.getParent()), "nothing is left beside the linked folder");
    }

    @Test
    void anEmptyFolderIsFilledAndAnAbsentOneCreated() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertEquals(ExitCode.OK, build(empty).exitCode());
        assertEquals(ExitCode.OK, build(temp.resolve("new/site")).exitCode());

        assertTrue(Files.isRegularFile(empty.resolve("decision.html")));
        assertTrue(Files.isRegularFile(temp.resolve("new/site/.procsite-site")));
    }

    @Test
    void aTemplateCannotRunACommand() throws IOException {
        Path templates = Files.createDirectories(project.resolve("templates"));
        Path ran = temp.resolve("it-ran");
        Files.writeString(
                templates.resolve("index.ftlh"),
                "<p>${\"freemarker.template.utility.Execute\"?new()(\"touch " + ran + "\")}</p>\n");
        Path site = temp.resolve("site");
        String before = Trees.digest(temp);

        Cli run = build(site);

        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("procsite: error: template index.ftlh failed: "), run::toString);
        assertTrue(run.err().contains("freemarker.template.utility.Execute"), run::toString);
        assertFalse(Files.exists(ran), "the command did not run");
        assertEquals(before, Trees.digest(temp));
    }

    private Cli build(Path out) {
        return Cli.run("build", project.resolve("procedure.yaml").toString(), "--out", out.toString());
    }

    private static void assertRefused(Cli run, String message) {
        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().startsWith("procsite: error: "), run::toString);
        assertTrue(run.err().contains(message), run::toString);
        assertFalse(run.showsAStackTrace(), run::toString);
    }

    /** Runs procsite in its own JVM, in {@code workingFolder}, as a user in a terminal would. */
    private void assertRefusedInProcess(Path workingFolder, List<String> args, String message) throws Exception {
        String before = Trees.digest(temp);
        Cli run = Cli.runIn(workingFolder, args);
        assertRefused(run, message);
        assertEquals(before, Trees.digest(temp), "nothing changed under " + temp);
    }

    private static List<String> entriesOf(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
