package org.procsite.model;

import java.math.BigInteger;

/** How many start-to-end paths the procedure has, by the kind of end they reach. Counted, never enumerated. */
public record PathCounts(BigInteger success, BigInteger escalation) {

    public BigInteger total() {
        return success.add(escalation);
    }
}
