package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procsite.testing.Golden;
import org.procsite.testing.MaintainerEdit;
import org.procsite.testing.TestProcedures;

/** {@code paths --diff OLD [NEW]} on revisions of the seed, as files and as git revisions: golden outputs and exit codes. */
class PathsDiffTest {

    private static final String SEED = TestProcedures.SEED.toString();

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"changed-label", "added-branch", "removed-node"})
    void aRevisionOfTheSeedShowsWhatItDoesToEachPath(String revision) throws Exception {
        Run diff = run("paths", "--diff", SEED, "src/test/resources/diff/" + revision + ".yaml");
        assertEquals("", diff.err());
        assertEquals(0, diff.code());
        Golden.assertMatches("diff/" + revision + ".txt", diff.out());
    }

    @Test
    void aChangedLabelIsSaidOnceForTheSixPathsThroughIt() {
        String out = run("paths", "--diff", SEED, "src/test/resources/diff/changed-label.yaml")
                .out();
        assertTrue(
                out.contains("\nrelabelled an answer of verifier-mail: \"Oui, mais le mot de passe est incorrect\""
                        + " → \"Oui, mais le mot de passe est refusé\"\n"),
                out);
        assertTrue(
                out.contains("\npaths: 0 removed, 0 added, 6 relabelled, 0 changed, 0 rerouted, 7 unchanged\n"), out);
        assertTrue(out.contains("\n6 paths (8, 9, 10, 11, 12, 13) are relabelled:\n"), out);
    }

    @Test
    void anAddedAnswerNamesItselfAndThePathsItAdds() {
        String out = run("paths", "--diff", SEED, "src/test/resources/diff/added-branch.yaml")
                .out();
        assertTrue(
                out.contains(
                        "\nadded an answer to mot-de-passe-secondaire: \"Non, le compte est bloqué\" → appeler-uness\n"),
                out);
        assertTrue(
                out.contains("\npaths: 0 removed, 2 added, 0 relabelled, 0 changed, 0 rerouted, 13 unchanged\n"), out);
        assertTrue(
                out.endsWith(
                        "\n2 new paths (6, 13) through the answer \"Non, le compte est bloqué\" of 'mot-de-passe-secondaire'\n"),
                out);
    }

    @Test
    void goingBackwardsSwapsAddedAndRemoved() {
        String out = run("paths", "--diff", "src/test/resources/diff/added-branch.yaml", SEED)
                .out();
        assertTrue(
                out.contains(
                        "\nremoved an answer of mot-de-passe-secondaire: \"Non, le compte est bloqué\" (it led to appeler-uness)\n"),
                out);
        assertTrue(
                out.contains("\npaths: 2 removed, 0 added, 0 relabelled, 0 changed, 0 rerouted, 13 unchanged\n"), out);
        assertTrue(
                out.endsWith(
                        "\n2 paths removed (old 6, 13), through the answer \"Non, le compte est bloqué\" of 'mot-de-passe-secondaire'\n"),
                out);
    }

    @Test
    void aRemovedNodeIsNamedOnceForTheSixPathsThatNoLongerPassThroughIt() {
        String out = run("paths", "--diff", SEED, "src/test/resources/diff/removed-node.yaml")
                .out();
        assertTrue(
                out.contains(
                        "\nremoved node identifiant-mail-secondaire (step): Cas de figure 1 : se connecter avec le mail secondaire\n"),
                out);
        assertTrue(
                out.contains("\npaths: 0 removed, 0 added, 0 relabelled, 6 changed, 0 rerouted, 7 unchanged\n"), out);
        assertTrue(
                out.endsWith("\n6 paths (3, 4, 5, 9, 10, 11) no longer pass through 'identifiant-mail-secondaire'\n"),
                out);
    }

    /**
     * Issue 10's review, in a git checkout: the week's edits (two new nodes, a new number), then
     * {@code paths --diff HEAD}. The first ten lines name both new nodes; no old.yaml is written.
     */
    @Test
    void diffAgainstHeadInAGitCheckoutNamesBothNewNodesInTheFirstTenLines(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("procedure.yaml");
        String seed = Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8);
        Files.writeString(yaml, seed, StandardCharsets.UTF_8);
        Git.commitNew(dir, "procedure.yaml");
        Files.writeString(yaml, MaintainerEdit.apply(seed), StandardCharsets.UTF_8);

        Run diff = run("paths", "--diff", "HEAD", yaml.toString());

        assertFalse(diff.err().contains("error["), diff.err()); // the seed's text keeps the old number: W005
        assertEquals(ExitCode.OK, diff.code());
        List<String> first = diff.out().lines().limit(10).toList();
        assertEquals("--- HEAD:procedure.yaml: 13 paths", first.get(0));
        assertTrue(
                first.stream()
                        .anyMatch(l -> l.startsWith("added node " + MaintainerEdit.NEW_QUESTION + " (question): ")),
                diff.out());
        assertTrue(
                first.stream().anyMatch(l -> l.startsWith("added node " + MaintainerEdit.NEW_STEP + " (step): ")),
                diff.out());
        assertTrue(
                first.contains("changed contact uness: UNESS, 06 49 10 01 97 → Support UNESS, 04 76 00 00 00"),
                diff.out());
        assertTrue(diff.out().lines().allMatch(l -> l.length() <= 200), "short lines:\n" + diff.out());
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of(".git", "procedure.yaml"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Golden.assertMatches("diff/maintainer-edit-head.txt", diff.out().replace(yaml.toString(), "procedure.yaml"));
    }

    /**
     * A folder of procedures: each is compared with its own last commit, under its name; one
     * added since is said to be new, and is no failure.
     */
    @Test
    void diffAgainstHeadComparesEachProcedureOfAFolder(@TempDir Path dir) throws Exception {
        Path folder = SeveralProceduresTest.copyOfFixtures(dir);
        Git.commitNew(dir, "procedures");
        Path tablette = folder.resolve("tablette.yaml");
        Files.writeString(
                tablette,
                Files.readString(tablette).replace("label: Non, l'écran reste noir", "label: Non, il reste noir"));
        Files.copy(TestProcedures.SEED, folder.resolve("reseau.yaml"));
        Files.delete(folder.resolve("lab-login.yaml"));
        // A shared contact renamed in both files: the last commit is read with its own contacts.yaml.
        Path contacts = folder.resolve("contacts.yaml");
        Files.writeString(contacts, Files.readString(contacts).replace("  regie:", "  regie-tech:"));
        Files.writeString(tablette, Files.readString(tablette).replace("contact: regie", "contact: regie-tech"));

        Run diff = run("paths", "--diff", "HEAD", folder.toString());

        assertEquals(ExitCode.OK, diff.code(), diff.err());
        assertEquals("", diff.err());
        List<String> headers =
                diff.out().lines().filter(l -> l.startsWith("== ")).toList();
        assertEquals(
                List.of("connexion", "reseau", "tablette", "lab-login").stream()
                        .map(n -> "== " + folder.resolve(n + ".yaml"))
                        .toList(),
                headers);
        String[] sections = diff.out().split("\n== ");
        assertTrue(
                sections[0].contains("paths: 0 removed, 0 added, 0 relabelled, 0 changed, 0 rerouted, 13 unchanged"),
                sections[0]);
        assertTrue(
                sections[1].contains("reseau.yaml is new since HEAD: 13 paths (9 end in success, 4 in escalation)"),
                sections[1]);
        assertTrue(sections[2].contains("--- HEAD:tablette.yaml: 3 paths"), sections[2]);
        assertTrue(sections[2].contains("paths: 0 removed, 0 added, 2 relabelled"), sections[2]);
        assertTrue(
                sections[3].contains(
                        "lab-login.yaml was removed since HEAD: 61 paths (33 end in success, 28 in escalation)"),
                sections[3]);
    }

    @Test
    void aRevisionOutsideGitSaysSoAndExitsWithThree(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("procedure.yaml");
        Files.copy(TestProcedures.SEED, yaml);
        Run diff = run("paths", "--diff", "HEAD~1", yaml.toString());
        assertEquals(ExitCode.FAILURE, diff.code());
        assertEquals("", diff.out());
        assertEquals(
                "procsite: error: HEAD~1: no such file, and " + dir + " is not in a git repository, so it cannot be"
                        + " read as a revision\n",
                diff.err());
    }

    @Test
    void anUnknownRevisionSaysWhatGitSaid(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("procedure.yaml");
        Files.copy(TestProcedures.SEED, yaml);
        Git.run(dir, "init", "-q");
        Run diff = run("paths", "--diff", "HEAD", yaml.toString());
        assertEquals(ExitCode.FAILURE, diff.code());
        assertTrue(
                diff.err()
                        .startsWith("procsite: error: HEAD: no such file, and git cannot show procedure.yaml at"
                                + " revision 'HEAD': "),
                diff.err());
    }

    @Test
    void newDefaultsToProcedureYaml(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("old.yaml");
        Files.copy(TestProcedures.LIVE, old);
        Run diff = run("paths", "--diff", old.toString());
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().startsWith("--- " + old + ": "), diff.out());
        assertTrue(diff.out().contains("\n+++ procedure.yaml: "), diff.out());
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        Run diff = run("paths", "--diff", SEED, SEED);
        assertEquals(
                "--- " + SEED + ": 13 paths\n+++ " + SEED + ": 13 paths\n"
                        + "paths: 0 removed, 0 added, 0 relabelled, 0 changed, 0 rerouted, 13 unchanged\n",
                diff.out());
    }

    @Test
    void anInvalidRevisionPrintsItsDiagnosticsAndExitsWithOne(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("old.yaml");
        Files.writeString(
                old,
                Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8)
                        .replace("start: verifier-mail", "start: verifier-mai"),
                StandardCharsets.UTF_8);
        Run diff = run("paths", "--diff", old.toString(), SEED);
        assertEquals(ExitCode.INVALID, diff.code());
        assertEquals("", diff.out());
        assertTrue(diff.err().startsWith(old + ":23:8: error[E006]: 'start' points to 'verifier-mai'"), diff.err());
    }

    @Test
    void anUnreadableRevisionExitsWithThree(@TempDir Path dir) {
        Run diff = run("paths", "--diff", dir.resolve("missing.yaml").toString());
        assertEquals(ExitCode.FAILURE, diff.code());
        assertTrue(diff.err().contains("missing.yaml"), diff.err());
    }
}
