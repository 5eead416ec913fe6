package org.procsite.render;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Only what lies inside the project is published. The folders a build reads besides the
 * procedure ({@code static/}, {@code templates/}) may hold symbolic links, and a link is followed
 * while it leads to a file or folder inside the project's folder (the one that holds them); a
 * link out of it ({@code static/env → /proc/self/environ}) is refused at its path, before
 * anything is read or written, so that no secret of the machine reaches the site or the preview.
 */
public final class InsideProject {

    private InsideProject() {}

    /**
     * The regular files under {@code folder}, by their name inside it ('/' between folders),
     * each with its real path; none if there is no such folder. The folder's parent is the project.
     *
     * @param shown how messages name the folder ({@code static})
     * @throws OutsideProjectException if the folder, or a file or folder in it, is a link out of
     *     the project, a link to nothing, or a loop of links
     */
    public static SortedMap<String, Path> files(Path folder, String shown) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        SortedMap<String, Path> files = new TreeMap<>();
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        Path project = absolute.getParent().toRealPath();
        Path root = inside(project, absolute, shown);
        if (!Files.isDirectory(root)) {
            return files;
        }
        Files.walkFileTree(
                root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        inside(project, dir, shownName(root, dir, shown));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        String name = SiteFile.nameOf(root, file);
                        Path real = inside(project, file, shown + "/" + name);
                        if (Files.isRegularFile(real)) {
                            files.put(name, real);
                        }
                        return FileVisitResult.CONTINUE; // a pipe or a device is not a file to publish
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (e instanceof FileSystemLoopException) {
                            throw new OutsideProjectException(shownName(root, file, shown)
                                    + " is a link to a folder that holds it (a loop); remove the link");
                        }
                        throw e;
                    }
                });
        return files;
    }

    private static String shownName(Path root, Path path, String shown) {
        return path.equals(root) ? shown : shown + "/" + SiteFile.nameOf(root, path);
    }

    /** The real path of {@code path}, if it lies inside {@code project}. */
    private static Path inside(Path project, Path path, String shown) throws IOException {
        if (!Files.exists(path)) {
            throw new OutsideProjectException(shown + " is a link to " + Files.readSymbolicLink(path)
                    + ", which does not exist; remove the link, or create what it names");
        }
        Path real = path.toRealPath();
        if (!real.startsWith(project)) {
            throw new OutsideProjectException(shown + " is a link to " + real + ", outside the project (" + project
                    + "); only what lies inside the project is published: copy the file into it, or remove the link");
        }
        return real;
    }

    /** A link in {@code static/} or {@code templates/} leads out of the project; nothing was written. */
    public static final class OutsideProjectException extends IOException {
        private static final long serialVersionUID = 1L;

        OutsideProjectException(String message) {
            super(message);
        }
    }
}
