package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing where a web server or a container holds the folder: a site that is the target of a
 * link, or a mount point, is updated in place; a build that was killed is mended by the next;
 * an output that cannot be written is refused before any rendering.
 */
class PublishingTest {

    private static final Path SEED = Path.of("src/test/resources/procedures/seed.yaml");

    @TempDir
    Path temp;

    private Path project;
    private String seed;
    private final List<Path> mounted = new ArrayList<>();

    @BeforeEach
    void aProject() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        seed = Files.readString(SEED);
        Files.writeString(project.resolve("procedure.yaml"), seed);
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounted) {
            run("umount", m.toString());
        }
    }

    /** A container's {@code html/} volume bound to the web root that {@code site} links to. */
    @Test
    void aBindMountOfALinkedWebRootShowsTheNewVersionAfterASecondBuild() throws Exception {
        Path webRoot = Files.createDirectories(temp.resolve("var/www/urgence"));
        Path containerHtml = Files.createDirectories(temp.resolve("container/html"));
        bindMount(webRoot, containerHtml);
        Path site = Files.createSymbolicLink(project.resolve("site"), webRoot);

        Cli first = build(site);
        version("v2");
        Cli second = build(site);

        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        assertEquals(ExitCode.OK, second.exitCode(), second::toString);
        assertTrue(
                Files.readString(containerHtml.resolve("index.html")).contains("connexion (v2)"),
                "the container sees the new site");
        assertTrue(Files.isRegularFile(containerHtml.resolve(".procsite-site")));
        assertEquals(List.of("urgence"), entriesOf(webRoot.getParent()), "nothing left beside the web root");
    }

    @Test
    void aMountPointAsOutIsUpdatedInPlace() throws Exception {
        Path volume = Files.createDirectories(temp.resolve("volume"));
        Path mountPoint = Files.createDirectories(temp.resolve("html"));
        bindMount(volume, mountPoint);

        Cli first = build(mountPoint);
        Files.writeString(project.resolve("static-gone.txt"), "");
        version("v2");
        Cli second = build(mountPoint);

        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        assertEquals(ExitCode.OK, second.exitCode(), second::toString);
        assertTrue(Files.readString(volume.resolve("index.html")).contains("connexion (v2)"));
        assertFalse(Stream.of(volume.toFile().list()).anyMatch(n -> n.contains("procsite-tmp")), "no temporary file");
    }

    @Test
    void aFileTheSiteNoLongerHasIsRemovedFromALinkedWebRoot() throws Exception {
        Path webRoot = Files.createDirectories(temp.resolve("www"));
        Path site = Files.createSymbolicLink(project.resolve("site"), webRoot);
        Files.createDirectories(project.resolve("static/img"));
        Files.writeString(project.resolve("static/img/logo.txt"), "logo\n");
        assertEquals(ExitCode.OK, build(site).exitCode());
        Files.delete(project.resolve("static/img/logo.txt"));

        Cli second = build(site);

        assertEquals(ExitCode.OK, second.exitCode(), second::toString);
        assertFalse(Files.exists(webRoot.resolve("img")), "the file and its folder are gone");
        assertFalse(Files.readString(webRoot.resolve(".procsite-site")).contains("logo"));
    }

    /** The fault: the JVM halts between the two renames of the swap, as a kill there would. */
    @Test
    void aBuildKilledBetweenItsRenamesIsMendedByTheNextWithAMessage() throws Exception {
        Path site = temp.resolve("site");
        assertEquals(ExitCode.OK, build(site).exitCode());
        version("v2");

        Cli killed = Cli.runIn(project, List.of("-Dprocsite.fault=first-rename", "build", "--out", site.toString()));

        assertEquals(137, killed.exitCode(), killed::toString);
        assertFalse(Files.exists(site), "the kill left no site");
        assertEquals(2, hiddenBeside(site).size(), "and two hidden folders: " + hiddenBeside(site));

        Cli next = build(site);

        assertEquals(ExitCode.OK, next.exitCode(), next::toString);
        assertTrue(
                next.err()
                        .contains("procsite: note: " + site + " was missing: a build was stopped between its two"
                                + " renames; the site it had moved aside (.site-old-"),
                next::toString);
        assertTrue(next.err().contains("procsite: note: removed .site-new-"), next::toString);
        assertEquals(List.of(), hiddenBeside(site), "nothing hidden is left");
        assertTrue(Files.readString(site.resolve("index.html")).contains("connexion (v2)"));
    }

    @Test
    void anUpdateInPlaceThatWasStoppedIsFinishedWithAMessage() throws Exception {
        Path webRoot = Files.createDirectories(temp.resolve("www"));
        Path site = Files.createSymbolicLink(project.resolve("site"), webRoot);
        assertEquals(ExitCode.OK, build(site).exitCode());
        // Stopped after its pending manifest and one temporary file were written.
        Files.copy(webRoot.resolve(".procsite-site"), webRoot.resolve(".procsite-site.next"));
        Files.writeString(webRoot.resolve(".index.html.procsite-tmp-4242"), "half");
        version("v2");

        Cli next = build(site);

        assertEquals(ExitCode.OK, next.exitCode(), next::toString);
        assertTrue(next.err().contains("a build was stopped while it updated this folder"), next::toString);
        assertFalse(Files.exists(webRoot.resolve(".index.html.procsite-tmp-4242")));
        assertFalse(Files.exists(webRoot.resolve(".procsite-site.next")));
        assertTrue(Files.readString(webRoot.resolve("index.html")).contains("connexion (v2)"));
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeRendering() throws Exception {
        Path readOnly = Files.createDirectories(temp.resolve("ro"));
        bindMount(readOnly, readOnly);
        assumeTrue(
                run("mount", "-o", "remount,ro,bind", readOnly.toString()) == 0,
                "skipped: cannot remount read-only here");

        Cli run = build(readOnly.resolve("site"));

        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(
                run.err()
                        .startsWith("procsite: error: cannot write the site to " + readOnly.resolve("site") + ": "
                                + readOnly + " is not writable"),
                run::toString);
        assertEquals("", run.out(), "refused before the procedure was even reported built: " + run);
    }

    private void bindMount(Path from, Path to) throws Exception {
        int code = run("mount", "--bind", from.toString(), to.toString());
        assumeTrue(code == 0, "skipped: this machine does not let the test mount (mount --bind exited " + code + ")");
        mounted.add(0, to);
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1; // no mount command
        }
    }

    private void version(String v) throws IOException {
        Files.writeString(
                project.resolve("procedure.yaml"),
                seed.replace(
                        "title: Procédure – urgence – connexion",
                        "title: Procédure – urgence – connexion (" + v + ")"));
    }

    private Cli build(Path out) {
        return Cli.run("build", project.resolve("procedure.yaml").toString(), "--out", out.toString());
    }

    private static List<String> hiddenBeside(Path site) throws IOException {
        try (Stream<Path> list = Files.list(site.getParent())) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".site-"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> entriesOf(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
