package ai.attested.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Counts {@code Platform.runLater} round-trips the FX thread completes while long work runs: a
 * frozen FX thread completes none until the work ends. One probe every 20 ms keeps the FX thread
 * from being flooded; {@link #awaitRoundTrips} waits on the count, never on a clock bound.
 */
final class FxResponsiveness implements AutoCloseable {
    private final AtomicLong roundTrips = new AtomicLong();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-responsiveness-probe");
        t.setDaemon(true);
        return t;
    });

    FxResponsiveness() {
        prober.scheduleWithFixedDelay(this::probeOnce, 0, 20, TimeUnit.MILLISECONDS);
    }

    private void probeOnce() {
        CountDownLatch answered = new CountDownLatch(1);
        Platform.runLater(answered::countDown);
        try {
            answered.await(); // the next probe is scheduled only after this one was answered
            roundTrips.incrementAndGet();
            synchronized (this) {
                notifyAll();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Blocks until the FX thread has answered {@code count} probes; false if that took longer than the deadline. */
    boolean awaitRoundTrips(long count, long deadlineSeconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(deadlineSeconds);
        synchronized (this) {
            while (roundTrips.get() < count) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
        return true;
    }

    long roundTrips() {
        return roundTrips.get();
    }

    @Override
    public void close() throws InterruptedException {
        prober.shutdownNow();
        prober.awaitTermination(5, TimeUnit.SECONDS);
    }
}
