package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wording of each size limit and of W005: what is too large, by how much, and the limit,
 * so a maintainer knows what to change. (Codes and positions: the fixtures.)
 */
class LimitMessagesTest {

    private static final String DIR = "src/test/resources/fixtures/";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        invalid/word-too-long.yaml     | 24:16: error[E029]: a word of 270 characters without a space (https://example.org/...); a word may have at most 200; other problems are checked once this one is fixed
        invalid/text-too-long.yaml     | 24:11: error[E030]: a text of 2,002 characters; a text may have at most 2,000
        invalid/too-many-nodes.yaml    | 816:3: error[E031]: node 'call' is node 201 of 201; a procedure may have at most 200, more than a printed sheet can hold
        invalid/too-much-text.yaml     | 166:11: error[E032]: the texts up to here make more than 60,000 characters in all, more than a printed sheet can hold
        invalid/too-many-arrows.yaml   | 1614:3: error[E033]: with node 'q200', the procedure has more than 400 arrows (answers and 'next' links), more than a flowchart can show
        invalid/too-many-items.yaml    | 55:9: error[E034]: item 31 of a checklist of 31; a checklist may have at most 30 items
        warning/unprintable-character.yaml | 23:12: warning[W008]: the printed sheet's font cannot draw '🎉' (U+1F389); the PDF shows '#' instead
        """)
    void eachLimitSaysWhatIsTooLargeAndTheLimit(String fixture, String line) {
        Cli run = Cli.run("check", DIR + fixture);

        String reported = run.err()
                .lines()
                .filter(l -> l.contains(line.substring(
                        line.indexOf("error[") < 0 ? line.indexOf("warning[") : line.indexOf("error["),
                        line.indexOf("]") + 1)))
                .findFirst()
                .orElse("");
        assertEquals(DIR + fixture + ":" + line, reported, run::toString);
    }
}
