package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.procsite.testing.TestProcedures;

/** The frozen seed: its exact ok line. */
class CheckSeedTest {

    private static final String SEED = TestProcedures.SEED.toString();

    @Test
    void theSeedProcedureIsValidAndItsPathsAreCounted() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "check", SEED);
        assertEquals("", err.toString());
        assertEquals(0, code);
        assertEquals(SEED + ": ok, 16 nodes, 13 paths (9 end in success, 4 in escalation)\n", out.toString());
    }
}
