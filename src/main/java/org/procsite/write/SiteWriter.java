package org.procsite.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import org.procsite.render.SiteFile;

/**
 * Puts a whole site in place at once. The files go into a fresh folder beside the target (same
 * file system), which then takes the target's place by two renames; the old folder is deleted
 * last. Whatever fails before the swap leaves the target exactly as it was.
 */
public final class SiteWriter {

    private SiteWriter() {}

    public static void write(Collection<SiteFile> files, Path target) throws IOException {
        Path out = target.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IOException(target + " exists and is not a folder");
        }
        Files.createDirectories(parent);
        Path fresh = Files.createTempDirectory(parent, "." + out.getFileName() + "-new-");
        try {
            readableByAll(fresh); // a temp folder is private; a published site is not
            for (SiteFile file : files) {
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
        deleteTree(old);
    }

    private static void readableByAll(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

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
