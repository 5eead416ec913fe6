package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CheckSeedTest {

    @Test
    void theSeedProcedureIsValidAndItsPathsAreCounted() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "check", "procedure.yaml");
        assertEquals("", err.toString());
        assertEquals(0, code);
        assertEquals("procedure.yaml: ok, 16 nodes, 13 paths (9 end in success, 4 in escalation)\n", out.toString());
    }
}
