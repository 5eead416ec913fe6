package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.testing.TestProcedures;

/** W007: check warns when the content changed since git's last commit but the version did not. */
class VersionCheckTest {

    @TempDir
    Path dir;

    private Path yaml;
    private String seed;

    @BeforeEach
    void commitTheSeed() throws Exception {
        yaml = dir.resolve("procedure.yaml");
        seed = Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8);
        Files.writeString(yaml, seed, StandardCharsets.UTF_8);
        Git.commitNew(dir, "procedure.yaml");
    }

    private Cli check(String text) throws Exception {
        Files.writeString(yaml, text, StandardCharsets.UTF_8);
        return Cli.run("check", yaml.toString());
    }

    @Test
    void aChangedTitleWithTheSameVersionIsReportedAtTheVersion() throws Exception {
        Cli run =
                check(seed.replace("title: Faire saisir le bon mail universitaire", "title: Faire saisir le bon mail"));

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        int line = seed.lines().toList().indexOf("version: \"1.0\"") + 1;
        assertEquals(
                List.of(
                        yaml + ":" + line
                                + ":10: warning[W007]: the procedure changed since the last commit, but its version is"
                                + " still \"1.0\"",
                        "    " + line + " | version: \"1.0\"",
                        "      |          ^",
                        "      = help: raise 'version' (e.g. \"1.1\") and set 'updated' to today's date, so proctors can tell the"
                                + " new sheet from the old one"),
                run.err().lines().toList());
    }

    @Test
    void aRaisedVersionACommentOrNoChangeSaysNothing() throws Exception {
        assertEquals("", check(seed).err());
        assertEquals(
                "",
                check(seed.replace("nodes:\n", "# reviewed with the exam service\nnodes:\n"))
                        .err());
        assertEquals(
                "",
                check(seed.replace("title: Faire saisir le bon mail universitaire", "title: Faire saisir le bon mail")
                                .replace("version: \"1.0\"", "version: \"1.1\""))
                        .err());
    }

    @Test
    void buildWarnsToo() throws Exception {
        Files.writeString(yaml, seed.replace("    name: UNESS\n", "    name: Support UNESS\n"), StandardCharsets.UTF_8);
        Cli run = Cli.run("build", yaml.toString(), "--out", dir.resolve("site").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertTrue(run.err().contains(": warning[W007]: "), run::toString);
    }

    /**
     * A new number in the shared contacts.yaml changes the sheet of every procedure that calls
     * it: those, and only those, must raise their version. Checked alone, a procedure says it too.
     */
    @Test
    void aSharedContactChangedSinceTheLastCommitIsReportedOnEachProcedureThatCallsIt() throws Exception {
        Path folder = SeveralProceduresTest.copyOfFixtures(dir);
        Git.commit(dir, "procedures");
        Path contacts = folder.resolve("contacts.yaml");
        Files.writeString(contacts, Files.readString(contacts).replace("\"04 76 00 12 34\"", "\"04 76 00 99 99\""));

        Cli run = Cli.run("check", folder.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertEquals(
                List.of(folder.resolve("tablette.yaml") + ":5:10: warning[W007]: a contact it calls changed in"
                        + " contacts.yaml since the last commit, but its version is still \"1.0\""),
                run.err().lines().filter(l -> l.contains("warning[")).toList(),
                "tablette calls the régie; connexion has its own uness, lab-login calls neither: " + run);
        Cli alone = Cli.run("check", folder.resolve("tablette.yaml").toString());
        assertTrue(alone.err().contains("warning[W007]: a contact it calls changed"), alone::toString);

        // The version raised: nothing more to say.
        Path tablette = folder.resolve("tablette.yaml");
        Files.writeString(tablette, Files.readString(tablette).replace("version: \"1.0\"", "version: \"1.1\""));
        assertEquals("", Cli.run("check", folder.toString()).err());
    }

    @Test
    void outsideGitThereIsNothingToCompareWith(@TempDir Path elsewhere) throws Exception {
        Path copy = elsewhere.resolve("procedure.yaml");
        Files.writeString(
                copy,
                seed.replace("title: Faire saisir le bon mail universitaire", "title: Autre"),
                StandardCharsets.UTF_8);
        Cli run = Cli.run("check", copy.toString());
        assertEquals("", run.err(), run::toString);
    }
}
