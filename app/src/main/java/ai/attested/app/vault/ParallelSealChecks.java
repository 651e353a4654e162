package ai.attested.app.vault;

import ai.attested.app.AppException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs {@link SealChecks#content} for the rows of one chain scan on the pool, chunk by chunk, with
 * a bound on the chunks in flight so memory stays flat; findings reach the scan's {@link Findings}
 * in row order.
 */
final class ParallelSealChecks {

    private static final int CHUNK = 256;
    private static final int MAX_IN_FLIGHT = 16;

    private final SealChecks checks;
    private final ExecutorService pool;
    private final Findings findings;
    private final Deque<Future<List<ChainFinding>>> inFlight = new ArrayDeque<>();
    private List<SealRow> chunk = new ArrayList<>(CHUNK);
    private long submitted;

    ParallelSealChecks(SealChecks checks, ExecutorService pool, Findings findings) {
        this.checks = checks;
        this.pool = pool;
        this.findings = findings;
    }

    /** Queues a row; a full chunk goes to the pool, waiting for the oldest chunks while too many are in flight. */
    void add(SealRow row) {
        chunk.add(row);
        if (chunk.size() == CHUNK) {
            submitChunk();
        }
    }

    /** Checks what is still queued and waits for every chunk. */
    void finish() {
        submitChunk();
        while (!inFlight.isEmpty()) {
            awaitOldest();
        }
    }

    /** Abandons the chunks in flight (the scan is restarted). */
    void cancel() {
        inFlight.forEach(f -> f.cancel(true));
    }

    /** How many rows went to the pool: each had its signature checked. */
    long submitted() {
        return submitted;
    }

    private void submitChunk() {
        if (chunk.isEmpty()) {
            return;
        }
        List<SealRow> work = chunk;
        chunk = new ArrayList<>(CHUNK);
        submitted += work.size();
        inFlight.add(pool.submit(() -> {
            List<ChainFinding> out = new ArrayList<>();
            for (SealRow s : work) {
                out.addAll(checks.content(s));
            }
            return out;
        }));
        while (inFlight.size() > MAX_IN_FLIGHT) {
            awaitOldest();
        }
    }

    private void awaitOldest() {
        try {
            findings.addAll(inFlight.removeFirst().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppException("VAULT_VERIFY_INTERRUPTED", "Verification was interrupted.", e);
        } catch (ExecutionException e) {
            throw new AppException("VAULT_VERIFY_FAILED", "Verification failed: " + e.getCause(), e.getCause());
        }
    }
}
