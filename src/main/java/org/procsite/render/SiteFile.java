package org.procsite.render;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One file of the generated site: its name inside {@code site/}, and its exact bytes.
 *
 * @param ownerOnly written readable by its owner only: a file of {@code static/} that others may
 *     not read keeps that when published
 */
public record SiteFile(String name, byte[] bytes, boolean ownerOnly) {

    public SiteFile(String name, byte[] bytes) {
        this(name, bytes, false);
    }

    public SiteFile {
        if (name.isBlank() || name.startsWith("/") || List.of(name.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a site file name: " + name);
        }
        bytes = bytes.clone();
    }

    /** The name of {@code file} inside the folder {@code root}, with '/' whatever the system. */
    public static String nameOf(Path root, Path file) {
        return root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
    }

    /** The same bytes under another name: a procedure's page put in its folder of the site. */
    public SiteFile renamed(String newName) {
        return new SiteFile(newName, bytes, ownerOnly);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteFile other
                && name.equals(other.name)
                && Arrays.equals(bytes, other.bytes)
                && ownerOnly == other.ownerOnly;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return name + " (" + bytes.length + " bytes)";
    }
}
