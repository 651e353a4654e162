package ai.attested.app.seal;

import java.util.concurrent.atomic.AtomicLong;

/** Adds up bytes and files from several hashing threads and forwards snapshots with throughput. */
final class ProgressTracker {
    private final HashProgress sink;
    private final long bytesTotal;
    private final long filesTotal;
    private final long startNanos = System.nanoTime();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong files = new AtomicLong();

    ProgressTracker(HashProgress sink, long bytesTotal, long filesTotal) {
        this.sink = sink;
        this.bytesTotal = bytesTotal;
        this.filesTotal = filesTotal;
    }

    void addBytes(long n) {
        emit(bytes.addAndGet(n), files.get());
    }

    void fileDone() {
        emit(bytes.get(), files.incrementAndGet());
    }

    void finish() {
        emit(bytes.get(), files.get());
    }

    private void emit(long b, long f) {
        double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
        sink.update(new HashProgress.Snapshot(b, Math.max(bytesTotal, b), f, filesTotal, b / seconds));
    }
}
