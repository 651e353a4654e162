package ai.attested.app.sentinel;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waits on file-system events (inotify on Linux) instead of sleeping: a condition on a folder is
 * re-checked each time something in it is created or modified, so a loaded machine only makes
 * the wait longer, never the verdict different.
 */
public final class FileEvents {
    private FileEvents() {
    }

    /** Returns once {@code condition} holds, re-checked on every change in {@code folder}; fails after {@code timeout}. */
    public static void await(Path folder, BooleanSupplier condition, Duration timeout, String what)
            throws IOException, InterruptedException {
        try (WatchService watch = folder.getFileSystem().newWatchService()) {
            folder.register(watch, ENTRY_CREATE, ENTRY_MODIFY); // before the first check: no change is missed
            long end = System.nanoTime() + timeout.toNanos();
            while (!condition.getAsBoolean()) {
                long left = end - System.nanoTime();
                WatchKey key = left > 0 ? watch.poll(left, TimeUnit.NANOSECONDS) : null;
                if (key == null) {
                    throw new AssertionError(what + ": not after " + timeout.toSeconds() + " s");
                }
                key.pollEvents();
                key.reset();
            }
        }
    }

    /**
     * Asserts that nothing creates or modifies {@code file} during {@code window}: the first such
     * event fails at once. A negative claim needs an observation window; this one is event-driven,
     * so load can only make it see fewer changes, not invent one.
     */
    public static void assertUnchanged(Path file, Duration window) throws IOException, InterruptedException {
        long size = Files.exists(file) ? Files.size(file) : 0;
        try (WatchService watch = file.getFileSystem().newWatchService()) {
            file.getParent().register(watch, ENTRY_CREATE, ENTRY_MODIFY);
            long end = System.nanoTime() + window.toNanos();
            for (long left = window.toNanos(); left > 0; left = end - System.nanoTime()) {
                WatchKey key = watch.poll(left, TimeUnit.NANOSECONDS);
                if (key == null) {
                    break;
                }
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (file.getFileName().equals(e.context())) {
                        throw new AssertionError(file + " changed (" + e.kind() + ") within " + window.toMillis() + " ms");
                    }
                }
                key.reset();
            }
        }
        long after = Files.exists(file) ? Files.size(file) : 0;
        if (after != size) {
            throw new AssertionError(file + " grew from " + size + " to " + after + " bytes");
        }
    }
}
