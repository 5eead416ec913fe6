package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.testing.TestProcedures;

/**
 * A folder of three procedures (French, English, and one whose contacts all come from the shared
 * {@code contacts.yaml}) built, checked and listed through the command line, as a maintainer
 * would; and the same folder with mistakes, which must be said file by file and write nothing.
 */
class SeveralProceduresTest {

    private static final List<String> NAMES = List.of("connexion", "lab-login", "tablette");

    @TempDir
    static Path shared;

    /** The fixture folder copied once, and its site built once for the tests that only read it. */
    private static Path procedures;

    private static Path site;
    private static Cli build;

    @BeforeAll
    static void buildOnce() throws IOException {
        procedures = copyOfFixtures(shared.resolve("built"));
        site = shared.resolve("site");
        build = Cli.run("build", procedures.toString(), "--out", site.toString());
    }

    /** The frozen folder of three procedures and contacts.yaml, copied to {@code into/procedures}. */
    static Path copyOfFixtures(Path into) throws IOException {
        Path folder = into.resolve("procedures");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(TestProcedures.SEVERAL)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    @Test
    void theSiteListsTheThreeProceduresAndGivesEachItsFolder() throws IOException {
        assertEquals(ExitCode.OK, build.exitCode(), build::toString);
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        List<Element> listed = index.select("li[data-procedure]");
        assertEquals(NAMES, listed.stream().map(li -> li.attr("data-procedure")).toList());
        assertEquals(
                List.of(
                        "Procédure – urgence – connexion",
                        "Lab workstation – cannot sign in",
                        "Urgence examens – la tablette ne démarre pas"),
                listed.stream().map(li -> li.selectFirst("h2").text()).toList());
        assertEquals(
                List.of("fr", "en", "fr"),
                listed.stream().map(li -> li.selectFirst("h2").attr("lang")).toList());
        assertEquals("fr", index.selectFirst("html").attr("lang"), "two of the three are French");
        Element lab = listed.get(1);
        assertTrue(
                lab.text().contains("Version 2.3, mise à jour le 9 mars 2026"), "in the list's French: " + lab.text());
        assertTrue(lab.text().contains("A candidate cannot sign in on a lab workstation"), lab.text());
        for (Element li : listed) {
            String name = li.attr("data-procedure");
            List<String> links = li.select("a").eachAttr("href");
            assertTrue(links.contains(name + "/decision.html"), links.toString());
            assertTrue(links.contains(name + "/tutorial.pdf"), links.toString());
            for (String link : links) {
                assertTrue(Files.isRegularFile(site.resolve(link)), "the link " + link + " leads to a file");
            }
        }
        // The one web app, at the root: the list is its start screen; no procedure has one of its own.
        String manifest = Files.readString(site.resolve("manifest.webmanifest"));
        assertTrue(manifest.contains("\"start_url\":\"index.html\""), manifest);
        for (String name : NAMES) {
            assertFalse(Files.exists(site.resolve(name + "/manifest.webmanifest")));
            assertFalse(Files.exists(site.resolve(name + "/sw.js")));
            String worker = Files.readString(site.resolve("sw.js"));
            assertTrue(worker.contains("\"" + name + "/decision.html\""), "sw.js keeps " + name + "'s phone page");
        }
    }

    @Test
    void eachSheetIsA4() throws IOException {
        for (String name : NAMES) {
            try (PDDocument pdf =
                    Loader.loadPDF(site.resolve(name + "/tutorial.pdf").toFile())) {
                for (PDPage page : pdf.getPages()) {
                    assertEquals(595, page.getMediaBox().getWidth(), 1, name);
                    assertEquals(842, page.getMediaBox().getHeight(), 1, name);
                }
            }
        }
        assertTrue(build.out().contains("tablette/tutorial.pdf: 1 page"), build::toString);
    }

    @Test
    void aSharedContactIsCalledFromThePagesAndTheCheckSaysWhereEachContactComesFrom() throws IOException {
        String tablette = Files.readString(site.resolve("tablette/decision.html"));
        assertTrue(tablette.contains("href=\"tel:0476001234\""), "the shared Régie technique is called");
        assertTrue(
                build.out()
                        .contains("  contacts: uness (" + procedures.resolve("contacts.yaml") + ":4), regie ("
                                + procedures.resolve("contacts.yaml") + ":7)"),
                build::toString);
        assertTrue(
                build.out()
                        .contains("  contacts: uness (" + procedures.resolve("connexion.yaml") + ":12, overrides "
                                + procedures.resolve("contacts.yaml") + ":4)"),
                build::toString);
    }

    @Test
    void twoBuildsGiveTheSameBytes() throws IOException {
        Path again = shared.resolve("again");
        Cli second = Cli.run("build", procedures.toString(), "--out", again.toString());
        assertEquals(ExitCode.OK, second.exitCode(), second::toString);
        assertEquals(Trees.digest(site), Trees.digest(again));
    }

    @Test
    void mistakesInTwoFilesAreBothSaidWithTheirFileNamesAndNothingIsWritten(@TempDir Path temp) throws IOException {
        Path folder = copyOfFixtures(temp);
        replace(folder.resolve("tablette.yaml"), "    next: demarre", "    next: demare");
        replace(folder.resolve("lab-login.yaml"), "lang: en", "lang: en\ncolour: blue");
        Path out = Trees.filledSite(temp);
        String before = Trees.digest(temp);

        Cli run = Cli.run("build", folder.toString(), "--out", out.toString());

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .contains(folder.resolve("tablette.yaml") + ":25:11: error[E006]: 'next' points to 'demare',"
                                + " which is not a node (did you mean 'demarre'?)"),
                run::toString);
        assertTrue(
                run.err().contains(folder.resolve("lab-login.yaml") + ":6:1: error[E005]: unknown key 'colour'"),
                run::toString);
        assertTrue(
                run.err().contains(folder.resolve("tablette.yaml") + ": nothing was written to " + out + "\n"),
                run::toString);
        assertFalse(run.err().contains(folder.resolve("connexion.yaml") + ": nothing"), "connexion.yaml is fine");
        assertFalse(run.showsAStackTrace(), run::toString);
        assertEquals(before, Trees.digest(temp), "nothing written, nothing changed");

        Cli check = Cli.run("check", folder.toString());
        assertEquals(ExitCode.INVALID, check.exitCode(), check::toString);
        assertTrue(check.out().contains(folder.resolve("connexion.yaml") + ": ok, 16 nodes"), check::toString);
        assertEquals(2, check.err().lines().filter(l -> l.contains(": error[")).count(), check::toString);

        Cli json = Cli.run("check", "--format", "json", folder.toString());
        assertEquals(ExitCode.INVALID, json.exitCode(), json::toString);
        assertEquals(2, json.out().lines().count(), json::toString);
        assertTrue(json.out().contains("\"file\":\"" + folder.resolve("tablette.yaml") + "\""), json::toString);
        assertTrue(json.out().contains("\"file\":\"" + folder.resolve("lab-login.yaml") + "\""), json::toString);
    }

    @Test
    void aMistakeInTheSharedContactsIsSaidThereOnceAndNothingIsWritten(@TempDir Path temp) throws IOException {
        Path folder = copyOfFixtures(temp);
        replace(folder.resolve("contacts.yaml"), "\"04 76 00 12 34\"", "\"la régie\"");
        String before = Trees.digest(temp);

        Path out = temp.resolve("site");
        Cli run = Cli.run("build", folder.toString(), "--out", out.toString());

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .contains(folder.resolve("contacts.yaml")
                                + ":9:12: error[E017]: 'la régie' is not a phone number"),
                run::toString);
        assertEquals(1, run.err().lines().filter(l -> l.contains(": error[")).count(), "said once: " + run);
        assertTrue(
                run.err().contains(folder.resolve("contacts.yaml") + ": nothing was written to " + out + "\n"),
                run::toString);
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void aSharedContactThatNoProcedureCallsIsAWarningInTheSharedFile(@TempDir Path temp) throws IOException {
        Path folder = copyOfFixtures(temp);
        Path contacts = folder.resolve("contacts.yaml");
        Files.writeString(contacts, Files.readString(contacts) + "  secours:\n    name: Secours\n    phone: \"15\"\n");

        Cli run = Cli.run("check", folder.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertEquals(
                List.of(contacts + ":10:3: warning[W001]: contact 'secours' is not named by any escalation of the"
                        + " procedures that share this file"),
                run.err().lines().filter(l -> l.contains("warning[")).toList(),
                run::toString);
        // One procedure alone cannot tell: the others may call it.
        Cli alone = Cli.run("check", folder.resolve("tablette.yaml").toString());
        assertEquals("", alone.err(), alone::toString);
    }

    @Test
    void aSharedContactWithoutItsNameIsSaidThereAndNoProcedureIsBlamedOrSaidOk(@TempDir Path temp) throws IOException {
        Path folder = copyOfFixtures(temp);
        replace(folder.resolve("contacts.yaml"), "    name: Régie technique\n", "");
        String before = Trees.digest(temp);

        Cli check = Cli.run("check", folder.toString());
        Cli build = Cli.run(
                "build", folder.toString(), "--out", temp.resolve("site").toString());

        for (Cli run : List.of(check, build)) {
            assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
            assertEquals(
                    List.of(folder.resolve("contacts.yaml")
                            + ":7:3: error[E007]: missing required key 'name' in contact 'regie'"),
                    run.err().lines().filter(l -> l.contains(": error[")).toList(),
                    run::toString);
            assertFalse(run.out().contains(": ok"), "every procedure reads the broken file: " + run);
            assertFalse(run.showsAStackTrace(), run::toString);
        }
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void theNamesOfSharedContactsAreCheckedAsAProceduresOwnAre(@TempDir Path temp) throws IOException {
        Path folder = copyOfFixtures(temp);
        replace(folder.resolve("contacts.yaml"), "name: Régie technique", "name: Régie 🎉");
        replace(
                folder.resolve("contacts.yaml"),
                "name: UNESS",
                "name: " + "UNESS ".repeat(400).strip());

        Cli run = Cli.run("check", folder.toString());

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        List<String> headers =
                run.err().lines().filter(l -> l.startsWith(folder.toString())).toList();
        assertTrue(
                headers.contains(folder.resolve("contacts.yaml")
                        + ":5:11: error[E030]: a text of 2,399 characters; a text may have at most 2,000"),
                run::toString);
        assertTrue(
                headers.contains(folder.resolve("contacts.yaml")
                        + ":8:11: warning[W008]: the printed sheet's font cannot draw '🎉' (U+1F389); the PDF shows"
                        + " '#' instead"),
                run::toString);
    }

    @Test
    void aContactFoundNowhereIsSaidWithWhereEachKnownOneComesFrom(@TempDir Path temp) throws IOException {
        Path folder = copyOfFixtures(temp);
        replace(folder.resolve("tablette.yaml"), "    contact: regie", "    contact: regi");
        String before = Trees.digest(temp);

        Cli run = Cli.run(
                "build", folder.toString(), "--out", temp.resolve("site").toString());

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .contains(folder.resolve("tablette.yaml") + ":41:14: error[E006]: 'contact' points to 'regi',"
                                + " which is not a contact (did you mean 'regie'?)"),
                run::toString);
        assertTrue(
                run.err()
                        .contains("= help: name one of uness (" + folder.resolve("contacts.yaml") + "), regie ("
                                + folder.resolve("contacts.yaml") + "), or define 'regi'"),
                run::toString);
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void withAnEmptySharedFileTheHintSaysWhereAContactMayBeDefined(@TempDir Path temp) throws IOException {
        Path folder = copyOfFixtures(temp);
        Files.writeString(folder.resolve("contacts.yaml"), "contacts: {}\n");
        Cli run = Cli.run("check", folder.resolve("tablette.yaml").toString());
        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .contains("= help: define 'regie' under 'contacts:' here or in "
                                + folder.resolve("contacts.yaml")),
                run::toString);
    }

    @Test
    void aFileNameThatCannotNameAFolderIsAnErrorAtItsTop(@TempDir Path temp) throws IOException {
        Path folder = copyOfFixtures(temp);
        Files.move(folder.resolve("tablette.yaml"), folder.resolve("Tablette HS.yaml"));
        String before = Trees.digest(temp);

        Cli run = Cli.run(
                "build", folder.toString(), "--out", temp.resolve("site").toString());

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .contains(folder.resolve("Tablette HS.yaml")
                                + ":1:1: error[E035]: the file name 'Tablette HS.yaml' cannot name the folder of its"
                                + " pages in the site"),
                run::toString);
        assertTrue(run.err().contains("rename the file, e.g. to 'tablette-hs.yaml'"), run::toString);
        Cli check = Cli.run("check", folder.toString());
        assertEquals(ExitCode.INVALID, check.exitCode(), check::toString);
        assertTrue(check.out().contains("connexion.yaml: ok"), check::toString);
        assertFalse(check.out().contains("Tablette HS.yaml: ok"), "a file with an error is not ok: " + check);
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void oneFileOfTheFolderBuildsTheFlatSiteWithTheSharedContacts(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("site");
        Cli run = Cli.run("build", procedures.resolve("tablette.yaml").toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        assertTrue(Files.isRegularFile(out.resolve("decision.html")));
        assertTrue(Files.isRegularFile(out.resolve("manifest.webmanifest")));
        assertFalse(Files.exists(out.resolve("tablette")));
        assertTrue(Files.readString(out.resolve("decision.html")).contains("href=\"tel:0476001234\""));
    }

    @Test
    void withNoArgumentTheProceduresFolderIsUsedWhenThereIsNoProcedureYaml(@TempDir Path temp) throws Exception {
        copyOfFixtures(temp);
        Cli folder = Cli.runIn(temp, List.of("check"));
        assertEquals(ExitCode.OK, folder.exitCode(), folder::toString);
        assertEquals(
                List.of(
                        "procedures/connexion.yaml: ok",
                        "procedures/lab-login.yaml: ok",
                        "procedures/tablette.yaml: ok"),
                folder.out()
                        .lines()
                        .filter(l -> l.contains(": ok"))
                        .map(l -> l.substring(0, l.indexOf(": ok") + 4))
                        .toList());

        Files.copy(TestProcedures.SEED, temp.resolve("procedure.yaml"));
        Cli one = Cli.runIn(temp, List.of("check"));
        assertEquals(ExitCode.OK, one.exitCode(), one::toString);
        assertEquals("procedure.yaml: ok, 16 nodes, 13 paths (9 end in success, 4 in escalation)\n", one.out());
    }

    @Test
    void severalFilesMustShareAFolder(@TempDir Path temp) throws IOException {
        Path other = temp.resolve("other.yaml");
        Files.copy(TestProcedures.LAB, other);
        String before = Trees.digest(temp);
        Cli run = Cli.run(
                "build",
                procedures.resolve("connexion.yaml").toString(),
                other.toString(),
                "--out",
                temp.resolve("site").toString());
        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("procsite: error: several procedures are built together only from one folder"));
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void severalFilesNamedInTheirOwnFolderBuildTheDefaultSiteThere(@TempDir Path temp) throws Exception {
        Path folder = copyOfFixtures(temp);
        // As a shell expands procedures/*.yaml, contacts.yaml among them, in any order.
        Cli run = Cli.runIn(folder, List.of("build", "tablette.yaml", "contacts.yaml", "connexion.yaml"));
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        Document index = Jsoup.parse(folder.resolve("site/index.html").toFile(), "UTF-8");
        assertEquals(
                List.of("connexion", "tablette"),
                index.select("li[data-procedure]").eachAttr("data-procedure"),
                "in the order of their names, contacts.yaml read as the shared contacts");

        Cli twice = Cli.run("check", folder.resolve("tablette.yaml").toString(), folder + "/./tablette.yaml");
        assertEquals(ExitCode.FAILURE, twice.exitCode(), twice::toString);
        assertTrue(twice.err().contains("would both be tablette/ in the site"), twice::toString);
    }

    @Test
    void aStaticFileWhereAProcedureHasItsFolderIsRefusedByName(@TempDir Path temp) throws IOException {
        Path folder = copyOfFixtures(temp);
        Files.createDirectories(folder.resolve("static"));
        Files.writeString(folder.resolve("static/connexion"), "mine\n");
        String before = Trees.digest(temp);
        Cli run = Cli.run(
                "build", folder.toString(), "--out", temp.resolve("site").toString());
        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals(
                "procsite: error: static/connexion is a file where the site has a folder (connexion/decision.html);"
                        + " rename it\n",
                run.err(),
                run::toString);
        assertEquals(before, Trees.digest(temp));
    }

    @Test
    void aFolderWithNoProcedureIsSaidPlainly(@TempDir Path temp) throws IOException {
        Path empty = Files.createDirectories(temp.resolve("procedures"));
        Files.writeString(empty.resolve("contacts.yaml"), "contacts: {}\n");
        Cli run =
                Cli.run("build", empty.toString(), "--out", temp.resolve("site").toString());
        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals(
                "procsite: error: " + empty + " holds no procedure: put one .yaml file per procedure in it\n",
                run.err());
        assertFalse(Files.exists(temp.resolve("site")));
    }

    @Test
    void pathsListsEachProcedureUnderItsName() {
        Cli run = Cli.run("paths", procedures.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run::toString);
        List<String> headers =
                run.out().lines().filter(l -> l.startsWith("== ")).toList();
        assertEquals(
                NAMES.stream().map(n -> "== " + procedures.resolve(n + ".yaml")).toList(), headers, run::toString);
        assertTrue(run.out().contains("3 paths (1 end in success, 2 in escalation)"), run::toString);
    }

    private static void replace(Path file, String old, String now) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(old), old + " in " + file);
        Files.writeString(file, text.replace(old, now), StandardCharsets.UTF_8);
    }
}
