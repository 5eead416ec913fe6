package org.procsite.write;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
                Files.write(path, file.bytes());
            }
            swap(fresh, out);
        } finally {
            deleteTree(fresh); // gone already after a successful swap
        }
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

    private static void swap(Path fresh, Path out) throws IOException {
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
        deleteOldSite(old);
    }

    /**
     * Deletes the site moved aside: only the files its manifest lists, then the folders left
     * empty. A file that appeared in it during the build is kept, and said.
     */
    private static void deleteOldSite(Path old) throws IOException {
        Path manifestFile = old.resolve(Manifest.FILE_NAME);
        if (Files.isRegularFile(manifestFile)) {
            for (String name : Manifest.read(manifestFile).hashByName().keySet()) {
                Path file = old.resolve(name).normalize();
                if (file.startsWith(old) && Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
            Files.delete(manifestFile);
        }
        try {
            deleteEmptyFolders(old);
        } catch (DirectoryNotEmptyException e) {
            throw new IOException(
                    "the new site is in place, but files that appeared in the old one during the build were kept in "
                            + old + "; look at them, then delete that folder");
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
