package org.procsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.procsite.model.Procedure;

/** The checker on a generated 100k-node procedure: no stack overflow, exact counts. (Timing is in bench/.) */
class ScaleTest {

    @Test
    void aHundredThousandNodeChainIsCheckedAndItsTwoToTheNPathsCounted() {
        int questions = 99_998;
        String yaml = Procedures.chainOfQuestions(questions);
        assertTrue(yaml.length() > 10_000_000, "about 13 MB, past snakeyaml's default 3 MiB limit");

        CheckResult result = Procedures.check(yaml);

        assertEquals(java.util.List.of(), result.diagnostics());
        Procedure p = result.procedure().orElseThrow();
        assertEquals(100_000, p.nodes().size());
        assertEquals(BigInteger.TWO.pow(questions - 1), p.paths().success());
        assertEquals(BigInteger.TWO.pow(questions - 1), p.paths().escalation());
        assertEquals(BigInteger.TWO.pow(questions), p.paths().total());
    }
}
