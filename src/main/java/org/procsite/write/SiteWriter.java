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

    /** Writes the site into a folder that {@link OutputFolder#choose} accepted. */
    public static void write(Collection<SiteFile> files, OutputFolder target) throws IOException {
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
        if (file.ownerOnly() && path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
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
        try {
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, out, StandardCopyOption.ATOMIC_MOVE); // put the old site back
            throw e;
        }
        deleteOldSite(old, checked);
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
