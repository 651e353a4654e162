package ai.attested.app.sentinel.measure;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What the operating system says changed under the watched folder since the last call: a
 * {@link WatchService} (inotify on Linux) on every directory of the tree. Java maps inotify's
 * IN_MODIFY and IN_ATTRIB to ENTRY_MODIFY, so a write reports the file even if its mtime is put
 * back afterwards. When the service is unavailable (for example the inotify watch limit is
 * reached) {@link #available()} is false and the caller sweeps instead.
 */
final class ChangeFeed implements AutoCloseable {
    private final SubjectTree tree;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    /** Keys {@link #awaitPending} took from the service; the next {@link #drain} reads them first. */
    private final Deque<WatchKey> awaited = new ArrayDeque<>();
    private WatchService service;
    private String unavailableReason = "";

    private ChangeFeed(SubjectTree tree) {
        this.tree = tree;
    }

    /** Opens the feed over every directory now in the tree; never throws (falls back to unavailable). */
    static ChangeFeed open(SubjectTree tree, List<Path> directories) {
        ChangeFeed feed = new ChangeFeed(tree);
        try {
            feed.service = tree.root().getFileSystem().newWatchService();
            for (Path dir : directories) {
                feed.register(dir);
            }
        } catch (IOException | UnsupportedOperationException e) {
            feed.disable("file-system events unavailable: " + e.getMessage());
        }
        return feed;
    }

    boolean available() {
        return service != null;
    }

    String unavailableReason() {
        return unavailableReason;
    }

    /**
     * Blocks until the service reports a change or {@code timeout} passes; true when one is waiting
     * for the next {@link #drain}. Without a service there is nothing to wait for: true at once.
     */
    boolean awaitPending(Duration timeout) throws InterruptedException {
        if (service == null || !awaited.isEmpty()) {
            return true;
        }
        try {
            WatchKey key = service.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (key != null) {
                awaited.add(key);
            }
            return key != null;
        } catch (ClosedWatchServiceException e) {
            disable("file-system events stopped");
            return true;
        }
    }

    /** Drains every pending event without blocking. */
    Changes drain() {
        Set<String> dirty = new LinkedHashSet<>();
        boolean overflow = false;
        if (service == null) {
            return new Changes(dirty, true);
        }
        try {
            WatchKey key;
            while ((key = awaited.isEmpty() ? service.poll() : awaited.poll()) != null) {
                Path dir = keys.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                        overflow = true;
                        continue;
                    }
                    Path child = dir.resolve((Path) event.context());
                    dirty.add(tree.relative(child));
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                            && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                        registerTree(child);
                    }
                }
                if (!key.reset()) {
                    keys.remove(key);
                    if (dir != null) {
                        dirty.add(tree.relative(dir)); // the directory itself went away
                    }
                }
            }
        } catch (ClosedWatchServiceException e) {
            disable("file-system events stopped");
            overflow = true;
        }
        return new Changes(dirty, overflow);
    }

    private void registerTree(Path dir) {
        try {
            for (Path d : tree.list(tree.relative(dir)).directories()) {
                register(d);
            }
        } catch (IOException e) {
            disable("could not watch new directory " + dir + ": " + e.getMessage());
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        keys.put(key, dir);
    }

    private void disable(String reason) {
        unavailableReason = reason;
        close();
    }

    @Override
    public void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // closing an inotify descriptor cannot fail in a way we could act on
            }
            service = null;
            keys.clear();
            awaited.clear();
        }
    }

    /** Relative paths (files or directories) reported changed, and whether events were lost. */
    record Changes(Set<String> dirtyPaths, boolean overflow) {
    }
}
