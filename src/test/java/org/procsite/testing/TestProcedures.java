package org.procsite.testing;

import java.nio.file.Path;

/**
 * The procedures tests run on. Tests of content (step numbers, words, dates, counts) read the
 * frozen copies; the maintainers' {@code procedure.yaml} changes every week, so only what must
 * hold for any valid procedure is tested on it.
 */
public final class TestProcedures {

    /** The seed as of 2026-11-24, frozen: French, 16 nodes, 13 paths. */
    public static final Path SEED = Path.of("src/test/resources/procedures/seed.yaml");

    /** A second, English procedure. */
    public static final Path LAB = Path.of("src/test/resources/procedures/lab-login.yaml");

    /** The maintainers' procedure, as it is today. */
    /** Three procedures (French, English, French with only shared contacts) and their contacts.yaml. */
    public static final Path SEVERAL = Path.of("src/test/resources/procedures/several");

    public static final Path LIVE = Path.of("procedure.yaml");

    private TestProcedures() {}
}
