package org.procsite.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the procedure file (through its folder, since editors often save by renaming a new
 * file over the old one) and every file of the templates folder. A burst of events, such as
 * an editor's write-rename-delete, gives one call, once the folder has been quiet for
 * {@link #QUIET_MILLIS}.
 */
final class SourceWatcher implements Closeable {

    /** How long the files must be still before a rebuild: short enough to stay within 300 ms. */
    static final long QUIET_MILLIS = 30;

    private final WatchService service;
    private final Path folder;
    private final Path fileName;
    private final Path templates;
    private WatchKey templatesKey;

    SourceWatcher(Path file, Path templatesFolder) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        this.folder = absolute.getParent();
        this.fileName = absolute.getFileName();
        this.templates = templatesFolder.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        folder.register(
                service,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        watchTemplatesIfThere();
    }

    /** A templates folder created after the start is watched from then on. */
    private void watchTemplatesIfThere() throws IOException {
        if (templatesKey == null && Files.isDirectory(templates) && !templates.equals(folder)) {
            templatesKey = templates.register(
                    service,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
    }

    /**
     * Blocks until a watched file changed and things are quiet again, then returns; returns
     * false once the watcher is closed.
     */
    boolean awaitChange() throws InterruptedException {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                if (!relevant) {
                    continue;
                }
                // Debounce: swallow what follows within the quiet period.
                WatchKey next;
                while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(next);
                }
                return true;
            }
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    /** Reads a key's events; whether one of them concerns the procedure or a template. */
    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path name = (Path) event.context();
            if (key == templatesKey) {
                relevant = true;
            } else if (dir.equals(folder) && name.equals(fileName)) {
                relevant = true;
            } else if (dir.equals(folder) && dir.resolve(name).equals(templates)) {
                relevant = true;
                try {
                    watchTemplatesIfThere();
                } catch (IOException e) {
                    // the folder went again; the next event will tell
                }
            }
        }
        if (!key.reset() && key == templatesKey) {
            templatesKey = null; // the templates folder was deleted
        }
        return relevant;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
