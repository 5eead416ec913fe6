package org.procsite.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.procsite.render.SiteFile;

/**
 * The folder a site goes into, once it is known that replacing it loses nothing of the user's.
 * A folder may be replaced only if it is absent, empty, or a site that procsite wrote and that
 * holds nothing else (see {@link Manifest}); never the folders the user works in or above them.
 *
 * @param requested the folder as the user named it, for messages
 * @param real where the files go: the requested folder with every symbolic link resolved, so
 *     that a {@code site} linked to a web root is updated through the link and stays a link
 * @param checked what the folder held when it was checked (empty for a new or empty folder):
 *     after the swap, only files that still match it are deleted
 * @param inPlace whether the folder is updated in place, file by file, rather than replaced:
 *     the target of a link (a web root) or a mount point, which a web server, a container or a
 *     bind mount holds by what it is, not by its name
 */
public record OutputFolder(Path requested, Path real, Manifest checked, boolean inPlace) {

    /** The folders that a site must never replace, hold, or sit in. */
    public record Surroundings(Path currentFolder, Path home, List<Path> procedureFolders, List<Path> inputFolders) {

        public Surroundings {
            procedureFolders = List.copyOf(procedureFolders);
            inputFolders = List.copyOf(inputFolders);
        }

        /**
         * @param procedureFile the procedure being built; its folder is protected
         * @param inputFolders folders read by the build ({@code templates/}, {@code static/}),
         *     which the site may neither replace, hold, nor be put into
         */
        public static Surroundings of(Path procedureFile, List<Path> inputFolders) {
            return new Surroundings(
                    Path.of("").toAbsolutePath(),
                    Path.of(System.getProperty("user.home")),
                    List.of(procedureFile.toAbsolutePath().normalize().getParent()),
                    inputFolders);
        }
    }

    /**
     * Decides where the site goes, or refuses with one line that says why and what to do.
     *
     * @throws RefusedOutputException if the folder may not be replaced; nothing was touched
     */
    public static OutputFolder choose(Path requested, Surroundings around) throws IOException {
        String shown = requested.toString();
        if (shown.isBlank()) {
            throw refused("the output folder is empty (--out \"\"), which would mean the current folder;"
                    + " give the site a folder of its own, e.g. --out site");
        }
        Path real = realPath(requested.toAbsolutePath().normalize(), shown);
        if (real.getParent() == null) {
            throw refused("refusing to replace " + shown
                    + ": it is the root of a file system; give the site a folder of its own, e.g. --out site");
        }
        refuseIfHolds(real, shown, realPath(around.currentFolder()), "the current folder");
        refuseIfHolds(real, shown, realPath(around.home()), "your home folder");
        for (Path folder : around.procedureFolders()) {
            refuseIfHolds(real, shown, realPath(folder), "the folder of the procedure");
        }
        for (Path input : around.inputFolders()) {
            Path in = realPath(input.toAbsolutePath().normalize());
            if (real.startsWith(in) || in.startsWith(real)) {
                throw refused("refusing to write the site to " + shown + ": it is, holds or is inside " + input
                        + ", which the build reads; give the site a folder of its own, e.g. --out site");
            }
        }
        if (Files.exists(real) && !Files.isDirectory(real)) {
            throw refused(shown + " exists and is not a folder");
        }
        Manifest checked = Files.isDirectory(real) ? refuseUnlessOurs(real, shown) : Manifest.EMPTY;
        boolean inPlace =
                Files.isSymbolicLink(requested.toAbsolutePath().normalize()) || MountPoints.isMountPoint(real);
        refuseUnlessWritable(inPlace ? real : real.getParent(), shown, inPlace);
        return new OutputFolder(requested, real, checked, inPlace);
    }

    /**
     * Before any rendering: the folder the writer creates files in (the site's own when updated in
     * place, else the one beside it that receives the new site and the swap) lets it write.
     */
    private static void refuseUnlessWritable(Path folder, String shown, boolean inPlace) throws IOException {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent(); // it will be created inside the first folder that exists
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw refused("cannot write the site to " + shown + ": " + existing + " is a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw refused("cannot write the site to " + shown + ": " + existing + " is not writable"
                    + (inPlace ? "" : " (the new site is written beside " + shown + ", then swapped in)")
                    + "; give --out a folder you can write");
        }
    }

    private static void refuseIfHolds(Path real, String shown, Path protectedFolder, String what)
            throws RefusedOutputException {
        if (protectedFolder.startsWith(real)) {
            String how = real.equals(protectedFolder) ? "it is " + what : "it holds " + what;
            throw refused("refusing to replace " + shown + ": " + how
                    + "; give the site a folder of its own, e.g. --out site");
        }
    }

    /**
     * An existing folder is replaced only if it is empty or holds exactly the site procsite wrote.
     *
     * @return the manifest of what it holds
     */
    static Manifest refuseUnlessOurs(Path folder, String shown) throws IOException {
        List<Path> entries = entriesOf(folder);
        if (entries.isEmpty()) {
            return Manifest.EMPTY;
        }
        Path manifestFile = folder.resolve(Manifest.FILE_NAME);
        Path pendingFile = folder.resolve(Manifest.PENDING_FILE_NAME);
        boolean pending = Files.isRegularFile(pendingFile, LinkOption.NOFOLLOW_LINKS);
        if (!Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS) && !pending) {
            throw refused("refusing to replace " + shown + ": it holds files and is not a site that procsite wrote (no "
                    + Manifest.FILE_NAME + " in it); give the site another folder, or empty this one"
                    + " (a site built by procsite 0.1 has no " + Manifest.FILE_NAME + ": delete it once)");
        }
        // An update in place that was stopped: its files are those of either manifest.
        Manifest manifest = Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)
                ? Manifest.read(manifestFile)
                : Manifest.EMPTY;
        Manifest next = pending ? Manifest.read(pendingFile) : Manifest.EMPTY;
        java.util.Map<String, String> ours = new java.util.TreeMap<>();
        for (Path entry : entries) {
            String name = SiteFile.nameOf(folder, entry);
            if (name.equals(Manifest.FILE_NAME) || name.equals(Manifest.PENDING_FILE_NAME)) {
                continue;
            }
            if (SiteWriter.isTemporary(name) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                continue; // a file the writer was putting in place when it was stopped
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (!manifest.hasFolder(name) && !next.hasFolder(name)) {
                    throw foreign(shown, name);
                }
                continue;
            }
            Optional<String> expected = manifest.hashOf(name);
            Optional<String> expectedNext = next.hashOf(name);
            if (expected.isEmpty() && expectedNext.isEmpty()) {
                throw foreign(shown, name);
            }
            if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                throw refused("refusing to replace " + shown + ": " + shown + "/" + name
                        + " was replaced by a link or a folder after procsite wrote it; look at it, remove it,"
                        + " then build again");
            }
            String hash = Manifest.sha256(Files.readAllBytes(entry));
            if (!hash.equals(expected.orElse(null)) && !hash.equals(expectedNext.orElse(null))) {
                throw refused("refusing to replace " + shown + ": " + shown + "/" + name
                        + " was changed after procsite wrote it; to keep the change, make it in templates/ or static/"
                        + " next to the procedure, then delete this file and build again");
            }
            ours.put(name, hash);
        }
        return new Manifest(ours);
    }

    private static RefusedOutputException foreign(String shown, String name) {
        if (name.equals(".git") || name.startsWith(".git/")) {
            return refused("refusing to replace " + shown + ": it holds a git repository (" + shown + "/.git);"
                    + " give the site a folder of its own, e.g. --out site");
        }
        return refused("refusing to replace " + shown + ": " + shown + "/" + name
                + " was not written by procsite; to publish it with the site, move it to static/" + name
                + " next to the procedure (it is copied into every build)");
    }

    private static List<Path> entriesOf(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) { // does not follow links
            return walk.filter(p -> !p.equals(folder)).sorted().toList();
        }
    }

    /** The path with every link resolved, also for the part that does not exist yet. */
    private static Path realPath(Path absolute) throws IOException {
        return realPath(absolute, absolute.toString());
    }

    static Path realPath(Path absolute, String shown) throws IOException {
        if (Files.isSymbolicLink(absolute) && !Files.exists(absolute)) {
            throw refused(shown + " is a link to " + Files.readSymbolicLink(absolute)
                    + ", which does not exist; create that folder, or remove the link");
        }
        if (Files.exists(absolute)) {
            return absolute.toRealPath();
        }
        Path parent = absolute.getParent();
        return parent == null ? absolute : realPath(parent, shown).resolve(absolute.getFileName());
    }

    private static RefusedOutputException refused(String message) {
        return new RefusedOutputException(message);
    }

    /** The site may not go where the user asked; nothing was touched. */
    public static final class RefusedOutputException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedOutputException(String message) {
            super(message);
        }
    }
}
