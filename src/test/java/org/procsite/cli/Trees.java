package org.procsite.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A digest of a whole folder (names, kinds and bytes), to prove it did not change. */
final class Trees {

    private Trees() {}

    static String digest(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> paths = walk.sorted().toList();
            for (Path p : paths) {
                sha.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                if (Files.isRegularFile(p)) {
                    sha.update(Files.readAllBytes(p));
                } else {
                    sha.update((byte) '/');
                }
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A site folder as a user has it: a page and a sub-folder, with content of their own. */
    static Path filledSite(Path parent) throws IOException {
        Path site = parent.resolve("site");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("index.html"), "<p>the site as it was</p>\n");
        Files.writeString(site.resolve("assets/keep.txt"), "old\n");
        return site;
    }
}
