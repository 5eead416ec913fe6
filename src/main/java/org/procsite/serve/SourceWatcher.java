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
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.procsite.pipeline.ProcedureSet;

/**
 * Watches the procedure files and the shared {@code contacts.yaml} (through their folder, since
 * editors often save by renaming a new file over the old one) and every file of the templates
 * folder. A burst of events, such as an editor's write-rename-delete, gives one {@link Change},
 * once the folders have been quiet for {@link #QUIET_MILLIS}: the procedure files saved, or
 * everything when what they all read changed.
 */
final class SourceWatcher implements Closeable {

    /** How long the files must be still before a rebuild: short enough to stay within 300 ms. */
    static final long QUIET_MILLIS = 30;

    private final WatchService service;
    private final Path folder;
    private final Set<Path> procedureFiles;
    private final Path contactsFile;
    private final Path templates;
    private WatchKey templatesKey;

    SourceWatcher(ProcedureSet set) throws IOException {
        this.folder = set.folder().toAbsolutePath().normalize();
        Set<Path> names = new HashSet<>();
        set.procedures().forEach(m -> names.add(m.file().path().getFileName()));
        this.procedureFiles = Set.copyOf(names);
        this.contactsFile = Path.of(ProcedureSet.CONTACTS_FILE);
        this.templates = set.templatesFolder().toAbsolutePath().normalize();
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
     * Blocks until a watched file changed and things are quiet again, then says what changed;
     * empty once the watcher is closed.
     */
    Optional<Change> awaitChange() throws InterruptedException {
        try {
            while (true) {
                Seen seen = new Seen();
                drain(service.take(), seen);
                if (!seen.relevant()) {
                    continue;
                }
                // Debounce: take in what follows within the quiet period.
                WatchKey next;
                while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(next, seen);
                }
                return Optional.of(seen.everything ? Change.EVERYTHING : Change.ofFiles(seen.fileNames));
            }
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
    }

    /** What the events of one burst touched. */
    private static final class Seen {
        boolean everything;
        final Set<String> fileNames = new HashSet<>();

        boolean relevant() {
            return everything || !fileNames.isEmpty();
        }
    }

    /** Reads a key's events into {@code seen}. */
    private void drain(WatchKey key, Seen seen) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                seen.everything = true; // events were lost: what changed is not known
                continue;
            }
            Path name = (Path) event.context();
            if (key == templatesKey) {
                seen.everything = true;
            } else if (dir.equals(folder) && procedureFiles.contains(name)) {
                seen.fileNames.add(name.toString());
            } else if (dir.equals(folder) && name.equals(contactsFile)) {
                seen.everything = true;
            } else if (dir.equals(folder) && dir.resolve(name).equals(templates)) {
                seen.everything = true;
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
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
