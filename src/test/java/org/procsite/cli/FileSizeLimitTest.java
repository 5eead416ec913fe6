package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.load.Loader;

class FileSizeLimitTest {

    @Test
    void aFileOver64MiBIsRefusedBeforeItIsRead(@TempDir Path temp) throws IOException {
        Path huge = temp.resolve("huge.yaml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(Loader.MAX_FILE_BYTES + 1L); // sparse: nothing is written, so reading it would show
        }

        // Reading 64 MiB and parsing it would take far longer (and much more memory) than this.
        Cli run = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Cli.run("check", huge.toString()));

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .startsWith(
                                huge
                                        + ":1:1: error[E024]: the file is 67,108,865 bytes, over the 64 MiB (67,108,864 bytes) a procedure may have\n"),
                run::toString);
    }

    /**
     * 8 million repeated keys, 24 MB (under the 64 MiB cap): stopped at the key limit with a
     * positioned error, in a JVM of 1 GB, in well under 30 s. Before the limit: 84 s, 6.5 GB.
     */
    @Test
    void eightMillionRepeatedKeysStopAtTheKeyLimitInBoundedTimeAndMemory(@TempDir Path temp) throws Exception {
        Path keys = temp.resolve("keys.yaml");
        Files.write(keys, "a:\n".repeat(8_000_000).getBytes(StandardCharsets.US_ASCII));

        long start = System.nanoTime();
        Cli run = Cli.runIn(temp, List.of("-Xmx1g", "check", "keys.yaml"));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .startsWith("keys.yaml:200001:1: error[E042]: key 200,001 of the mapping that starts at line 1;"
                                + " a mapping may have at most 200,000\n"),
                run::toString);
        assertTrue(seconds <= 30, "took " + seconds + " s");
    }

    /** Values spread over many mappings: stopped at the limit of events, within 1 GB. */
    @Test
    void millionsOfValuesStopAtTheEventLimit(@TempDir Path temp) throws Exception {
        StringBuilder yaml = new StringBuilder();
        for (int m = 0; m < 20; m++) {
            yaml.append("m").append(m).append(":\n");
            for (int k = 0; k < 190_000; k++) {
                yaml.append("  k").append(k).append(": v\n");
            }
        }
        Path many = Files.writeString(temp.resolve("many.yaml"), yaml);

        Cli run = Cli.runIn(temp, List.of("-Xmx1g", "check", "many.yaml"));

        assertEquals(ExitCode.INVALID, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .matches(
                                "(?s)many\\.yaml:\\d+:\\d+: error\\[E042\\]: the YAML holds more than 3,000,000 values.*"),
                run::toString);
    }
}
