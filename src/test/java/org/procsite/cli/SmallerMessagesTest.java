package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages at the right place, naming the real cause. */
class SmallerMessagesTest {

    private static final Path SEED = Path.of("src/test/resources/procedures/seed.yaml");

    @TempDir
    Path temp;

    private String seed;

    @BeforeEach
    void read() throws IOException {
        seed = Files.readString(SEED);
    }

    @Test
    void aNulByteIsReportedWhereItIs() throws IOException {
        String[] lines = seed.split("\n", -1);
        lines[4] = lines[4].substring(0, 8) + "\0" + lines[4].substring(8);
        Path yaml = Files.writeString(temp.resolve("nul.yaml"), String.join("\n", lines));

        Cli run = Cli.run("check", yaml.toString());

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .startsWith(yaml + ":5:9: error[E001]: the character U+0000 (null) cannot be in a YAML file\n"),
                run::toString);
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheQuote() throws IOException {
        String bad = seed.replaceFirst(
                "title: Se connecter sur le player d'examen", "title: \"Se connecter sur le player d'examen");
        int line = (int) bad.substring(0, bad.indexOf("title: \"Se connecter"))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
        Path yaml = Files.writeString(temp.resolve("quote.yaml"), bad);

        Cli run = Cli.run("check", yaml.toString());

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertTrue(
                run.err().startsWith(yaml + ":" + line + ":12: error[E001]: this quote is not closed on its line"),
                run::toString);
    }

    @Test
    void e035SaysWhichRuleTheNameBreaks() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("procedures"));
        Files.writeString(folder.resolve("a--b.yaml"), seed);

        Cli run = Cli.run("check", folder.toString());

        assertTrue(
                run.err()
                        .contains(
                                "error[E035]: the file name 'a--b.yaml' cannot name the folder of its pages in the"
                                        + " site: its letters and digits are fine, but a dash may not start or end it, nor follow another dash"),
                run::toString);
    }

    @Test
    void aLongAddressInACommentIsNoErrorAndHidesNothing() throws IOException {
        Path yaml = Files.writeString(
                temp.resolve("url.yaml"),
                "# see https://example.org/" + "a".repeat(250) + "\n" + seed.replaceFirst("title: ", "titl: "));

        Cli run = Cli.run("check", yaml.toString());

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertFalse(run.err().contains("E029"), run::toString);
        assertTrue(run.err().contains("error[E005]: unknown key 'titl'"), "the other problem is said: " + run);
    }

    @Test
    void aManifestThatIsNotUtf8SaysSo() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.writeString(project.resolve("procedure.yaml"), seed);
        Path site = temp.resolve("site");
        assertEquals(
                ExitCode.OK,
                Cli.run("build", project.resolve("procedure.yaml").toString(), "--out", site.toString())
                        .exitCode());
        Files.write(site.resolve(".procsite-site"), new byte[] {'a', (byte) 0xE9, '\n'});

        Cli run = Cli.run("build", project.resolve("procedure.yaml").toString(), "--out", site.toString());

        assertEquals(ExitCode.FAILURE, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(
                run.err().contains(".procsite-site is not the manifest procsite writes (it is not UTF-8 text)"),
                run::toString);
        assertFalse(run.err().contains("Input length"), run::toString);
    }
}
