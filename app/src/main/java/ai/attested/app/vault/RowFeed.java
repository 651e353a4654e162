package ai.attested.app.vault;

import ai.attested.app.AppException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads every database row, in seq order, on a thread of its own and hands them over in batches,
 * so that the opening scan's checks (mirror bytes, row digest, links) run on the second core while
 * H2 decodes the next rows (decision 0064). Each row also goes, on the reader's thread and in
 * order, to {@code alongside} (the Merkle tree), which balances the two cores; it is the reader's
 * until the feed has ended. Closing it stops the reader.
 */
final class RowFeed implements AutoCloseable {

    private static final int BATCH = 256;
    private static final List<SealRow> END = new ArrayList<>(0); // compared by identity

    private final BlockingQueue<List<SealRow>> queue = new ArrayBlockingQueue<>(16);
    private final Thread reader;
    private volatile boolean closed;
    private volatile RuntimeException failure;
    private boolean ended;

    RowFeed(SealTable table, Consumer<SealRow> alongside) {
        reader = Thread.ofPlatform().name("vault-scan-h2").daemon().start(() -> read(table, alongside));
    }

    private void read(SealTable table, Consumer<SealRow> alongside) {
        List<List<SealRow>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
        try {
            table.forEach(row -> {
                alongside.accept(row);
                batch.getFirst().add(row);
                if (batch.getFirst().size() == BATCH) {
                    hand(batch.getFirst());
                    batch.set(0, new ArrayList<>(BATCH));
                }
            });
            if (!batch.getFirst().isEmpty()) {
                hand(batch.getFirst());
            }
        } catch (Stopped e) {
            return; // closed early: nobody reads any more
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            hand(END);
        } catch (Stopped e) {
            // closed early
        }
    }

    private void hand(List<SealRow> rows) {
        try {
            while (!closed) {
                if (queue.offer(rows, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Stopped();
    }

    /** The next batch of rows, in order; empty after the last row. */
    List<SealRow> next() {
        if (ended) {
            return List.of();
        }
        List<SealRow> rows;
        try {
            rows = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppException("VAULT_VERIFY_INTERRUPTED", "Verification was interrupted.", e);
        }
        if (rows == END) {
            ended = true;
            if (failure != null) {
                throw failure;
            }
            return List.of();
        }
        return rows;
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Unwinds the reader out of the H2 scan when the feed was closed early. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
