package org.procsite.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.procsite.render.SiteFile;

/**
 * What procsite wrote into a site folder: {@code .procsite-site}, one line per file, in the
 * format of {@code sha256sum} (so {@code sha256sum -c .procsite-site} verifies a site). A folder
 * is replaced by the next build only while it holds these files, unchanged, and nothing else.
 */
public record Manifest(Map<String, String> hashByName) {

    static final String FILE_NAME = ".procsite-site";

    /**
     * The manifest of the site being put in place file by file: written first, renamed to
     * {@link #FILE_NAME} last, so that a stopped update is recognised as procsite's.
     */
    static final String PENDING_FILE_NAME = ".procsite-site.next";

    /** What an empty or new folder holds. */
    static final Manifest EMPTY = new Manifest(Map.of());

    public Manifest {
        hashByName = Map.copyOf(hashByName);
    }

    static Manifest of(Collection<SiteFile> files) {
        Map<String, String> hashes = new TreeMap<>();
        for (SiteFile file : files) {
            hashes.put(file.name(), sha256(file.bytes()));
        }
        return new Manifest(hashes);
    }

    static Manifest read(Path file) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + " is not the manifest procsite writes (it is not UTF-8 text): if you did not"
                    + " edit it, the folder was changed by something else; look at it, then delete it to build again");
        }
        for (String line : lines) {
            // "<64 hex digits>  <name>", as sha256sum writes it
            if (line.length() > 66 && line.charAt(64) == ' ' && line.charAt(65) == ' ') {
                hashes.put(line.substring(66), line.substring(0, 64));
            }
        }
        return new Manifest(hashes);
    }

    /** The manifest as a site file, sorted by name so that the same site gives the same bytes. */
    SiteFile toSiteFile() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(hashByName)
                .forEach((name, hash) ->
                        text.append(hash).append("  ").append(name).append('\n'));
        return new SiteFile(FILE_NAME, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    Optional<String> hashOf(String name) {
        return Optional.ofNullable(hashByName.get(name));
    }

    boolean hasFolder(String name) {
        String prefix = name + "/";
        return hashByName.keySet().stream().anyMatch(n -> n.startsWith(prefix));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
