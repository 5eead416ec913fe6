package org.procsite.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files a maintainer publishes with the site as they are ({@code CNAME}, {@code .nojekyll},
 * a logo): everything in a {@code static/} folder next to the procedure, sub-folders included.
 */
public final class StaticFiles {

    /** The folder next to the procedure whose files are copied into the site. */
    public static final String FOLDER_NAME = "static";

    private StaticFiles() {}

    /** The largest file published as it is: the site is held in memory, in the build and in the preview. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /**
     * The files of {@code folder}, sorted by name; none if it does not exist. Links are followed
     * while they stay inside the project ({@link InsideProject}); a file that only its owner may
     * read is published so, never readable by all.
     */
    public static List<SiteFile> read(Path folder) throws IOException {
        List<SiteFile> files = new ArrayList<>();
        for (Map.Entry<String, Path> entry :
                InsideProject.files(folder, FOLDER_NAME).entrySet()) {
            String name = entry.getKey();
            Path path = entry.getValue();
            if (name.contains("\n") || name.contains("\r")) {
                throw new IOException(FOLDER_NAME + "/" + name.replace("\n", "\\n")
                        + ": a file name with a line break cannot be published");
            }
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw new IOException(FOLDER_NAME + "/" + name + " is " + (size >> 20) + " MiB, over the "
                        + (MAX_FILE_BYTES >> 20) + " MiB a file of static/ may have; publish it from elsewhere"
                        + " and link to it");
            }
            files.add(new SiteFile(name, Files.readAllBytes(path), ownerOnly(path)));
        }
        return files;
    }

    /** Whether the file is kept from others (no read for "others"): the site must not widen that. */
    private static boolean ownerOnly(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ);
    }

    /** The generated pages with the static files added; a static file may not take a page's name. */
    public static Map<String, SiteFile> addTo(Map<String, SiteFile> site, Collection<SiteFile> staticFiles)
            throws IOException {
        TreeMap<String, SiteFile> all = new TreeMap<>(site);
        for (SiteFile file : staticFiles) {
            if (all.putIfAbsent(file.name(), file) != null) {
                throw new IOException(FOLDER_NAME + "/" + file.name() + " has the name of a file procsite makes;"
                        + " rename it, or change the page through templates/");
            }
        }
        // A file where the site has a folder (static/connexion beside site/connexion/), or the reverse.
        for (SiteFile file : staticFiles) {
            String name = file.name();
            String folder = name + "/";
            String inTheWay = all.ceilingKey(folder);
            if (inTheWay != null && inTheWay.startsWith(folder)) {
                throw new IOException(FOLDER_NAME + "/" + name + " is a file where the site has a folder (" + inTheWay
                        + "); rename it");
            }
            for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                if (all.containsKey(name.substring(0, slash))) {
                    throw new IOException(FOLDER_NAME + "/" + name + " is in a folder named like the file "
                            + name.substring(0, slash) + " of the site; rename the folder");
                }
            }
        }
        return all;
    }
}
