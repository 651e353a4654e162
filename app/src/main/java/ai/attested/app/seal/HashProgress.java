package ai.attested.app.seal;

/**
 * Receives progress while a subject is hashed. Called from hashing threads (several for a
 * folder), at most every {@link #INTERVAL_BYTES} per file and once at the end; keep it cheap.
 */
@FunctionalInterface
public interface HashProgress {
    long INTERVAL_BYTES = 64L << 20;

    void update(Snapshot snapshot);

    /** Bytes and files done so far, the totals, and the mean throughput since the start. */
    record Snapshot(long bytesDone, long bytesTotal, long filesDone, long filesTotal, double bytesPerSecond) {
        public double fraction() {
            return bytesTotal == 0 ? 1.0 : (double) bytesDone / bytesTotal;
        }
    }

    static HashProgress none() {
        return s -> { };
    }
}
