package ai.attested.app.seal;

import ai.attested.app.AppException;
import ai.attested.bundle.seal.FolderEntry;
import ai.attested.bundle.seal.FolderScanner;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hashes a scanned folder's files on several threads (one per core by default). Each thread pulls
 * the next file index and owns its buffer; results land by index, so the output keeps the scan's
 * canonical order whatever the scheduling. The first failure stops the others.
 */
final class ParallelFolderHasher {
    private final int threads;

    ParallelFolderHasher(int threads) {
        this.threads = threads;
    }

    List<FolderEntry> hash(FolderScanner.Scan scan, HashProgress progress, CancelToken cancel) {
        List<FolderScanner.ScannedFile> files = scan.files();
        FolderEntry[] out = new FolderEntry[files.size()];
        ProgressTracker tracker = new ProgressTracker(progress, scan.totalBytes(), files.size());
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CancelToken stop = new CancelToken();
        Runnable worker = () -> {
            StreamingFileHasher hasher = new StreamingFileHasher();
            CancelToken both = new LinkedCancel(cancel, stop);
            int i;
            while (failure.get() == null && (i = next.getAndIncrement()) < files.size()) {
                FolderScanner.ScannedFile f = files.get(i);
                try {
                    StreamingFileHasher.Digest d = hasher.hash(f.file(), both, tracker::addBytes);
                    if (d.bytes() != f.size()) {
                        throw SubjectHasher.changed(f.file(), f.size(), d.bytes());
                    }
                    out[i] = new FolderEntry(f.path(), d.bytes(), d.sha256());
                    tracker.fileDone();
                } catch (NoSuchFileException e) {
                    fail(failure, stop, new AppException(SubjectHasher.SUBJECT_CHANGED,
                            f.file() + " disappeared while the folder was being sealed", e));
                } catch (IOException e) {
                    fail(failure, stop, new AppException(SubjectHasher.SUBJECT_NOT_READABLE, "cannot read " + f.file() + ": " + e.getMessage(), e));
                } catch (RuntimeException e) {
                    fail(failure, stop, e);
                }
            }
        };
        int n = Math.min(threads, Math.max(1, files.size()));
        List<Thread> pool = new ArrayList<>(n);
        for (int t = 1; t < n; t++) {
            pool.add(Thread.ofPlatform().name("svault-hash-" + t).start(worker));
        }
        worker.run();
        for (Thread t : pool) {
            try {
                t.join();
            } catch (InterruptedException e) {
                stop.cancel();
                Thread.currentThread().interrupt();
                fail(failure, stop, new AppException(CancelToken.SEAL_CANCELLED, "sealing was interrupted; nothing was stored", e));
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        tracker.finish();
        return Arrays.asList(out);
    }

    private static void fail(AtomicReference<RuntimeException> failure, CancelToken stop, RuntimeException e) {
        failure.compareAndSet(null, e);
        stop.cancel();
    }

    /** Cancelled when the caller cancels or a sibling thread failed. */
    private static final class LinkedCancel extends CancelToken {
        private final CancelToken a;
        private final CancelToken b;

        LinkedCancel(CancelToken a, CancelToken b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean isCancelled() {
            return a.isCancelled() || b.isCancelled();
        }

        @Override
        void check() {
            if (isCancelled() || Thread.currentThread().isInterrupted()) {
                throw new AppException(SEAL_CANCELLED, "sealing was cancelled; nothing was stored");
            }
        }
    }
}
