package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.procsite.testing.Golden;
import org.procsite.testing.TestProcedures;

/** {@code paths --diff OLD [NEW]} on revisions of the seed: golden outputs and exit codes. */
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
    void aChangedLabelRelabelsEveryPathThroughThatAnswerAndNothingElse() {
        String out = run("paths", "--diff", SEED, "src/test/resources/diff/changed-label.yaml").out();
        assertTrue(out.contains("\n0 removed, 0 added, 6 relabelled, 0 changed, 7 unchanged\n"), out);
    }

    @Test
    void anAddedBranchAddsOnePathPerWayToIt() {
        String out = run("paths", "--diff", SEED, "src/test/resources/diff/added-branch.yaml").out();
        assertTrue(out.contains("\n0 removed, 2 added, 0 relabelled, 0 changed, 13 unchanged\n"), out);
        assertTrue(out.contains("\nadded [escalation] Oui, mais le mot de passe est incorrect / Non, il n'arrive pas à se connecter"
                + " sur sa boîte mail universitaire pour récupérer le code / Oui, un email secondaire est déjà associé"
                + " (cas de figure 1) / Non, le compte est bloqué\n"), out);
    }

    @Test
    void goingBackwardsSwapsAddedAndRemoved() {
        String out = run("paths", "--diff", "src/test/resources/diff/added-branch.yaml", SEED).out();
        assertTrue(out.contains("\n2 removed, 0 added, 0 relabelled, 0 changed, 13 unchanged\n"), out);
    }

    @Test
    void aRemovedNodeChangesThePathsThroughItButNotTheirNames() {
        String out = run("paths", "--diff", SEED, "src/test/resources/diff/removed-node.yaml").out();
        assertTrue(out.contains("\n0 removed, 0 added, 0 relabelled, 6 changed, 7 unchanged\n"), out);
        assertTrue(out.contains("\n  - step: Cas de figure 1 : se connecter avec le mail secondaire   (identifiant-mail-secondaire)\n"), out);
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
        assertEquals("--- " + SEED + ": 13 paths\n+++ " + SEED + ": 13 paths\n"
                + "0 removed, 0 added, 0 relabelled, 0 changed, 13 unchanged\n", diff.out());
    }

    @Test
    void anInvalidRevisionPrintsItsDiagnosticsAndExitsWithOne(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("old.yaml");
        Files.writeString(old, Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8)
                .replace("start: verifier-mail", "start: verifier-mai"), StandardCharsets.UTF_8);
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
