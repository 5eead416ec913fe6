package org.procsite.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a folder is a mount point (a bind mount, a container's volume): it cannot be renamed over. */
final class MountPoints {

    private static final Path MOUNT_INFO = Path.of("/proc/self/mountinfo");

    private MountPoints() {}

    static boolean isMountPoint(Path real) throws IOException {
        if (!Files.isDirectory(real) || real.getParent() == null) {
            return false;
        }
        if (real.getFileSystem().supportedFileAttributeViews().contains("unix")
                && !Files.getAttribute(real, "unix:dev").equals(Files.getAttribute(real.getParent(), "unix:dev"))) {
            return true;
        }
        if (!Files.isReadable(MOUNT_INFO)) {
            return false;
        }
        // A bind mount from the same file system has the same device: /proc/self/mountinfo lists it.
        String wanted = real.toString();
        for (String line : Files.readAllLines(MOUNT_INFO)) {
            String[] fields = line.split(" ");
            if (fields.length > 4 && unescape(fields[4]).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** mountinfo writes a space as \040, a tab as \011, a backslash as \134. */
    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length()) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
