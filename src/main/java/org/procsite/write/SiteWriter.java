package org.procsite.write;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.procsite.render.SiteFile;

/**
 * Puts a whole site in place at once. The files, and the {@link Manifest} that lists them, go
 * into a fresh folder beside the target (same file system), which then takes the target's place
 * by two renames; the old site is deleted last, file by file as its manifest lists them.
 * Whatever fails before the swap leaves the target exactly as it was.
 */
public final class SiteWriter {

    private SiteWriter() {}

    /** What a test sets to stop the JVM at a step of the swap, as a kill would: {@code first-rename}. */
    static final String FAULT_PROPERTY = "procsite.fault";

    /** The suffix of a file being put in place: {@code .index.html.procsite-tmp-123}. */
    private static final java.util.regex.Pattern TEMPORARY =
            java.util.regex.Pattern.compile("(^|.*/)\\.[^/]+\\.procsite-tmp-\\d+");

    /** Writes the site into a folder that {@link OutputFolder#choose} accepted. */
    public static void write(Collection<SiteFile> files, OutputFolder target) throws IOException {
        if (target.inPlace()) {
            writeInPlace(files, target.real(), target.checked());
            return;
        }
        Path out = target.real();
        Path parent = out.getParent();
        List<SiteFile> all = withManifest(files);
        Files.createDirectories(parent);
        Path fresh = Files.createTempDirectory(parent, "." + out.getFileName() + "-new-");
        try {
            readableByAll(fresh); // a temp folder is private; a published site is not
            for (SiteFile file : all) {
                Path path = fresh.resolve(file.name()).normalize();
                if (!path.startsWith(fresh)) {
                    throw new IOException("refusing to write outside the site: " + file.name());
                }
                Files.createDirectories(path.getParent());
                writeFile(path, file);
            }
            keepModeAndGroup(out, fresh);
            swap(fresh, out, target.checked());
        } finally {
            deleteTree(fresh); // gone already after a successful swap
        }
    }

    /**
     * Writes one file with the site's mode, or readable by its owner only if its source was kept
     * from others: created so, before a byte is in it, never widened afterwards.
     */
    static void writeFile(Path path, SiteFile file) throws IOException {
        if (file.ownerOnly()
                && path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.write(path, file.bytes());
    }

    /** Every file that {@link #write} puts into the folder: the site and its manifest. */
    public static List<SiteFile> withManifest(Collection<SiteFile> files) throws IOException {
        List<SiteFile> all = new ArrayList<>(files);
        if (all.stream().anyMatch(f -> f.name().equals(Manifest.FILE_NAME))) {
            throw new IOException("a site file may not be named " + Manifest.FILE_NAME);
        }
        all.add(Manifest.of(files).toSiteFile());
        return all;
    }

    private static void swap(Path fresh, Path out, Manifest checked) throws IOException {
        if (!Files.exists(out)) {
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        // ATOMIC_MOVE cannot replace a non-empty folder: move the old one aside first.
        Path old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + "-old-");
        Files.delete(old);
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        if ("first-rename".equals(System.getProperty(FAULT_PROPERTY))) {
            Runtime.getRuntime().halt(137); // as if killed here, between the two renames
        }
        try {
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, out, StandardCopyOption.ATOMIC_MOVE); // put the old site back
            throw e;
        }
        deleteOldSite(old, checked);
    }

    /**
     * Mends what a build that was stopped (killed, a power cut) left around the site folder, before
     * this build checks it, and says what it did, one line each: the old site moved aside by the
     * first of the two renames is put back if the folder is missing, a new site that never took
     * its place and an old one left after the swap are deleted, file by file as their manifests
     * list them (what is not procsite's is kept, and said), and an update in place that was
     * stopped loses its temporary files (the build then finishes it).
     */
    public static List<String> mend(Path requested) throws IOException {
        List<String> said = new ArrayList<>();
        String shown = requested.toString();
        if (shown.isBlank()) {
            return said;
        }
        Path real = OutputFolder.realPath(requested.toAbsolutePath().normalize(), shown);
        Path parent = real.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return said;
        }
        if (Files.isRegularFile(real.resolve(Manifest.PENDING_FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
            deleteLeftovers(real);
            said.add(shown + ": a build was stopped while it updated this folder; this build finishes the update");
        }
        String name = real.getFileName().toString();
        List<Path> old;
        List<Path> fresh;
        try (Stream<Path> list = Files.list(parent)) {
            List<Path> hidden = list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
            old = hidden.stream()
                    .filter(p -> p.getFileName().toString().startsWith("." + name + "-old-"))
                    .toList();
            fresh = hidden.stream()
                    .filter(p -> p.getFileName().toString().startsWith("." + name + "-new-"))
                    .toList();
        }
        List<Path> left = new ArrayList<>(old);
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            for (Path candidate : old) {
                if (isWholeSite(candidate)) {
                    Files.move(candidate, real, StandardCopyOption.ATOMIC_MOVE);
                    left.remove(candidate);
                    said.add(shown + " was missing: a build was stopped between its two renames; the site it had moved"
                            + " aside (" + candidate.getFileName() + ") is back in its place");
                    break;
                }
            }
        }
        left.addAll(fresh);
        for (Path folder : left) {
            Manifest manifest = Files.isRegularFile(folder.resolve(Manifest.FILE_NAME), LinkOption.NOFOLLOW_LINKS)
                    ? Manifest.read(folder.resolve(Manifest.FILE_NAME))
                    : null;
            boolean isNew = fresh.contains(folder);
            try {
                if (isNew && manifest == null) {
                    deleteTreeOfRegularFiles(folder); // filled by a build stopped before it wrote its manifest
                } else {
                    deleteOldSite(folder, manifest == null ? Manifest.EMPTY : manifest);
                }
                said.add("removed " + parent.relativize(folder) + ", left beside " + shown
                        + " by a build that was stopped");
            } catch (IOException e) {
                said.add(parent.relativize(folder) + ", left beside " + shown + " by a build that was stopped, holds"
                        + " files that are not procsite's: they were kept; look at them, then delete that folder");
            }
        }
        return said;
    }

    /** Whether the folder holds exactly a site that procsite wrote, unchanged. */
    private static boolean isWholeSite(Path folder) {
        try {
            return Files.isRegularFile(folder.resolve(Manifest.FILE_NAME), LinkOption.NOFOLLOW_LINKS)
                    && OutputFolder.refuseUnlessOurs(folder, folder.toString()) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes a folder of regular files and folders only; fails, keeping the rest, at anything else. */
    private static void deleteTreeOfRegularFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(p + " is neither a file nor a folder");
                }
                Files.delete(p);
            }
        }
    }

    /** Whether {@code name} is a file the in-place writer was putting in place. */
    static boolean isTemporary(String name) {
        return TEMPORARY.matcher(name).matches();
    }

    /**
     * Updates the folder where it is, file by file, for a folder held by what it is rather than
     * by its name (the target of a link, a mount point): the new manifest is written first under
     * a pending name, each file that changed is written to a temporary name beside it and renamed
     * over the old one, the files the site no longer has are deleted (only while they are what was
     * checked), and the manifest takes its name last. A build stopped halfway leaves a folder that
     * the next one recognises as procsite's and finishes.
     */
    static void writeInPlace(Collection<SiteFile> files, Path out, Manifest checked) throws IOException {
        Files.createDirectories(out);
        withManifest(files); // no file may take the manifest's name
        SiteFile manifest = Manifest.of(files).toSiteFile();
        java.util.Set<String> names = new java.util.HashSet<>();
        replace(out, new SiteFile(Manifest.PENDING_FILE_NAME, manifest.bytes()));
        for (SiteFile file : files) {
            names.add(file.name());
            Path path = out.resolve(file.name()).normalize();
            if (!path.startsWith(out) || file.name().equals(Manifest.PENDING_FILE_NAME)) {
                throw new IOException("refusing to write outside the site: " + file.name());
            }
            if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    && java.util.Arrays.equals(Files.readAllBytes(path), file.bytes())
                    && !file.ownerOnly()) {
                continue; // unchanged: left as it is
            }
            replace(out, file);
        }
        for (String name : checked.hashByName().keySet()) {
            Path path = out.resolve(name);
            if (!names.contains(name)
                    && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                    && checked.hashOf(name).get().equals(Manifest.sha256(Files.readAllBytes(path)))) {
                Files.delete(path);
            }
        }
        deleteLeftovers(out);
        deleteEmptyFoldersNotIn(out, names);
        Files.move(
                out.resolve(Manifest.PENDING_FILE_NAME),
                out.resolve(Manifest.FILE_NAME),
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes one file under a temporary name beside it, then renames it over the old one. */
    private static void replace(Path out, SiteFile file) throws IOException {
        Path path = out.resolve(file.name());
        Path folder = out;
        String[] parts = file.name().split("/");
        for (int i = 0; i < parts.length - 1; i++) { // never through a link put into the site
            folder = folder.resolve(parts[i]);
            if (Files.isSymbolicLink(folder)
                    || (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)
                            && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS))) {
                throw new IOException("refusing to write " + file.name() + ": " + folder
                        + " is not a folder procsite made (a link or a file was put there)");
            }
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(folder);
            }
        }
        Path temporary = folder.resolve("." + parts[parts.length - 1] + ".procsite-tmp-"
                + ProcessHandle.current().pid());
        Files.deleteIfExists(temporary);
        try {
            writeFile(temporary, file);
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The temporary files of an update that was stopped; true if there were some. */
    static boolean deleteLeftovers(Path out) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> walk = Files.walk(out)) {
            leftovers = walk.filter(p ->
                            Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && isTemporary(SiteFile.nameOf(out, p)))
                    .toList();
        }
        for (Path p : leftovers) {
            Files.delete(p);
        }
        return !leftovers.isEmpty();
    }

    private static void deleteEmptyFoldersNotIn(Path out, java.util.Set<String> names) throws IOException {
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(out)) {
            folders = walk.filter(p -> !p.equals(out) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(java.util.Comparator.reverseOrder())
                    .toList();
        }
        for (Path folder : folders) {
            String prefix = SiteFile.nameOf(out, folder) + "/";
            boolean used = names.stream().anyMatch(n -> n.startsWith(prefix));
            try (Stream<Path> list = Files.list(folder)) {
                if (!used && list.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    /**
     * Deletes the site moved aside: only the regular files that still are what was checked before
     * the build (so a page edited or a file added meanwhile is kept), never through a link, then
     * the folders left empty. Whatever is kept is said.
     */
    private static void deleteOldSite(Path old, Manifest checked) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(old)) { // does not follow links
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .toList();
        }
        for (Path file : files) {
            String name = SiteFile.nameOf(old, file);
            Optional<String> hash = checked.hashOf(name);
            if (name.equals(Manifest.FILE_NAME)
                    || (hash.isPresent() && hash.get().equals(Manifest.sha256(Files.readAllBytes(file))))) {
                Files.delete(file);
            }
        }
        try {
            deleteEmptyFolders(old);
        } catch (DirectoryNotEmptyException e) {
            throw new IOException("the new site is in place, but files that changed or appeared in the old one during"
                    + " the build were kept in " + old + "; look at them, then delete that folder");
        }
    }

    /**
     * The new folder takes the old one's mode (setgid included) and group, so that a web root
     * linked as {@code site} keeps who may read it.
     */
    private static void keepModeAndGroup(Path out, Path fresh) throws IOException {
        if (!Files.isDirectory(out)
                || !out.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return;
        }
        Files.setAttribute(fresh, "unix:mode", Files.getAttribute(out, "unix:mode"));
        Object group = Files.getAttribute(out, "posix:group");
        if (!group.equals(Files.getAttribute(fresh, "posix:group"))) {
            Files.setAttribute(fresh, "posix:group", group);
        }
    }

    private static void deleteEmptyFolders(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir); // fails on a folder that still holds something
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void readableByAll(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Deletes the folder this writer created and filled; never a folder of the user's. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
