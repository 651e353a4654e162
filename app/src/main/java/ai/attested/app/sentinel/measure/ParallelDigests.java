package ai.attested.app.sentinel.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Hashes many files on a few threads (one {@link FileDigester} each). Small batches run on the
 * caller's thread: a tick that rehashes one changed file must not pay for a thread hand-off.
 */
final class ParallelDigests implements AutoCloseable {
    private static final int PARALLEL_THRESHOLD = 32;
    private final int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private final ThreadLocal<FileDigester> digesters = ThreadLocal.withInitial(FileDigester::new);
    private ExecutorService pool;

    /** Applies {@code task} (given a thread's digester) to every item, results in input order. */
    <T, R> List<R> map(List<T> items, TaskWithDigester<T, R> task) {
        if (items.size() < PARALLEL_THRESHOLD || threads == 1) {
            FileDigester d = digesters.get();
            List<R> out = new ArrayList<>(items.size());
            for (T item : items) {
                out.add(task.apply(item, d));
            }
            return out;
        }
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "svault-digest");
                t.setDaemon(true);
                return t;
            });
        }
        int chunk = (items.size() + threads * 4 - 1) / (threads * 4);
        List<Future<List<R>>> futures = new ArrayList<>();
        for (int from = 0; from < items.size(); from += chunk) {
            List<T> part = items.subList(from, Math.min(items.size(), from + chunk));
            futures.add(pool.submit(() -> {
                FileDigester d = digesters.get();
                List<R> out = new ArrayList<>(part.size());
                for (T item : part) {
                    out.add(task.apply(item, d));
                }
                return out;
            }));
        }
        List<R> all = new ArrayList<>(items.size());
        for (Future<List<R>> f : futures) {
            try {
                all.addAll(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while hashing", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }
        return all;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }

    /** A per-item task that may use the calling thread's digester. */
    @FunctionalInterface
    interface TaskWithDigester<T, R> {
        R apply(T item, FileDigester digester);
    }
}
