package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.testing.TestProcedures;

/**
 * Issue 22: the seed's drills pass; a maintainer's edit that re-points an answer breaks the
 * drill that goes through it, at the drill's line, saying where it now ends; {@code paths --diff
 * HEAD} names that drill first; {@code paths --drills} numbers each drill's steps as the sheet
 * does; in a folder, each procedure has its own drills.
 */
class DrillsTest {

    /** The maintainer's edit: "Oui, il est connecté" after the corrected address now calls UNESS. */
    static String repointed(String seed) {
        String from = "      - label: Oui, il est connecté\n        next: connecte\n"
                + "      - label: Non, le mot de passe est incorrect\n";
        assertEquals(seed.indexOf(from), seed.lastIndexOf(from), "one answer to re-point");
        return seed.replace(
                from,
                "      - label: Oui, il est connecté\n        next: appeler-uness\n"
                        + "      - label: Non, le mot de passe est incorrect\n");
    }

    private static String seed() throws IOException {
        return Files.readString(TestProcedures.SEED, StandardCharsets.UTF_8);
    }

    /** The 1-based line of the first line of {@code text} that is {@code line}. */
    private static int lineOf(String text, String line) {
        return text.lines().toList().indexOf(line) + 1;
    }

    @Test
    void theSeedsDrillsPassAndPathsDrillsNumbersTheirStepsAsTheSheetDoes() {
        Cli check = Cli.run("check", TestProcedures.SEED.toString());
        assertEquals(ExitCode.OK, check.exitCode(), check::toString);
        assertEquals("", check.err());

        Cli drills = Cli.run("paths", "--drills", TestProcedures.SEED.toString());
        assertEquals(ExitCode.OK, drills.exitCode(), drills::toString);
        assertEquals(
                List.of(
                        "Mauvais mail, corrigé: 1 → 2 → 3 → connecte",
                        "Mauvais mail corrigé, puis code sur le mail universitaire: 1 → 2 → 3 → 4 → 5 → connecte",
                        "Code reçu sur le mail universitaire: 1 → 4 → 5 → connecte",
                        "Cas de figure 1, mail secondaire déjà associé: 1 → 4 → 5 → 7 → 8 → 9 → connecte",
                        "Cas de figure 1, code reçu sur le mail secondaire: 1 → 4 → 5 → 7 → 8 → 9 → 10 → 11 → connecte",
                        "Cas de figure 2, mail secondaire ajouté, attente, puis code: 1 → 4 → 5 → 7 → 12 → 13 → 14 → 15"
                                + " → connecte",
                        "Cas de figure 1 sans succès, appel à l'UNESS: 1 → 4 → 5 → 7 → 8 → 9 → 10 → 11 → appeler-uness",
                        "Cas de figure 2 sans succès, appel à l'UNESS: 1 → 4 → 5 → 7 → 12 → 13 → 14 → 15"
                                + " → appeler-uness"),
                drills.out().lines().toList());
    }

    @Test
    void rePointingAnAnswerBreaksTheDrillThroughItAtTheDrillsLineAndBuildWritesNothing(@TempDir Path dir)
            throws IOException {
        String edited = repointed(seed());
        Path yaml = dir.resolve("procedure.yaml");
        Files.writeString(yaml, edited, StandardCharsets.UTF_8);

        Cli check = Cli.run("check", yaml.toString());

        assertEquals(ExitCode.INVALID, check.exitCode(), check::toString);
        int line = lineOf(edited, "  - name: Mauvais mail, corrigé");
        assertEquals(
                List.of(line + ":11 error[E039] drill \"Mauvais mail, corrigé\" ends at 'appeler-uness', after answer 2"
                        + " 'Oui' at 'resultat-bon-mail', not at 'connecte'"),
                FixtureDiagnosticsTest.reported(check.err()),
                "only the drill that goes through the answer");
        assertTrue(
                check.err()
                        .contains("= help: if the procedure changed on purpose, change the drill's answers or its"
                                + " 'ends'; otherwise check where answer 'Oui' of 'resultat-bon-mail' now leads\n"),
                check::toString);

        Path site = Trees.filledSite(dir.resolve("out"));
        String before = Trees.digest(dir.resolve("out"));
        Cli build = Cli.run("build", yaml.toString(), "--out", site.toString());
        assertEquals(ExitCode.INVALID, build.exitCode(), build::toString);
        assertEquals(before, Trees.digest(dir.resolve("out")), "build wrote nothing");

        Cli drills = Cli.run("paths", "--drills", yaml.toString());
        assertEquals(ExitCode.INVALID, drills.exitCode(), drills::toString);
        assertEquals(
                "Mauvais mail, corrigé: 1 → 2 → 3 → appeler-uness (it must end at connecte)",
                drills.out().lines().findFirst().orElseThrow());
    }

    @Test
    void pathsDiffHeadNamesTheBrokenDrillFirst(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("procedure.yaml");
        Files.writeString(yaml, seed(), StandardCharsets.UTF_8);
        Git.commitNew(dir, "procedure.yaml");
        Files.writeString(yaml, repointed(seed()), StandardCharsets.UTF_8);

        Cli diff = Cli.run("paths", "--diff", "HEAD", yaml.toString());

        assertEquals(ExitCode.INVALID, diff.exitCode(), "the new revision has an error: " + diff);
        assertTrue(diff.err().contains(": error[E039]: drill \"Mauvais mail, corrigé\""), diff::toString);
        List<String> out = diff.out().lines().toList();
        assertEquals("--- HEAD:procedure.yaml: 13 paths", out.get(0));
        assertEquals("+++ " + yaml + ": 13 paths", out.get(1));
        assertEquals(
                "drill \"Mauvais mail, corrigé\": ends at connecte → ends at appeler-uness, after answer 2 'Oui' at"
                        + " resultat-bon-mail (it must end at connecte)",
                out.get(2),
                diff::toString);
        assertEquals("re-pointed resultat-bon-mail \"Oui, il est connecté\": connecte → appeler-uness", out.get(3));
        assertEquals(1, out.stream().filter(l -> l.startsWith("drill ")).count(), "the other drills did not change");
    }

    @Test
    void eachProcedureOfAFolderHasItsOwnDrills(@TempDir Path dir) throws IOException {
        Path folder = SeveralProceduresTest.copyOfFixtures(dir);
        Path tablette = folder.resolve("tablette.yaml");
        String text = Files.readString(tablette, StandardCharsets.UTF_8);
        String edited = text.replace("    answers: [Non, Non]\n", "    answers: [Non, Non, Non]\n");
        Files.writeString(tablette, edited, StandardCharsets.UTF_8);

        Cli check = Cli.run("check", folder.toString());

        assertEquals(ExitCode.INVALID, check.exitCode(), check::toString);
        int line = lineOf(edited, "    answers: [Non, Non, Non]");
        assertEquals(
                List.of(line + ":25 error[E037] drill \"Toujours rien après le branchement\" ends at 'appeler-regie',"
                        + " after answer 2 'Non' at 'demarre', with 1 answer left over: 'Non'"),
                FixtureDiagnosticsTest.reported(check.err()));
        assertTrue(check.err().startsWith(tablette + ":" + line + ":25: error[E037]"), check::toString);

        Cli drills = Cli.run("paths", "--drills", folder.toString());
        List<String> headers =
                drills.out().lines().filter(l -> l.startsWith("== ")).toList();
        assertEquals(
                List.of("connexion", "lab-login", "tablette").stream()
                        .map(n -> "== " + folder.resolve(n + ".yaml"))
                        .toList(),
                headers);
        assertTrue(drills.out().contains("\nLe player ne s'ouvre pas: 1 → appeler-uness\n"), drills::toString);
    }

    @Test
    void drillsAndDiffTogetherAreAUsageError() {
        Cli run = Cli.run("paths", "--drills", "--diff", "HEAD", TestProcedures.SEED.toString());
        assertEquals(ExitCode.USAGE, run.exitCode(), run::toString);
        assertFalse(run.showsAStackTrace(), run::toString);
    }
}
