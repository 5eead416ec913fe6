package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
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
}
