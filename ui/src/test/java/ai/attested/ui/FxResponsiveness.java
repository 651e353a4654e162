package ai.attested.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures, while long work runs, how long a {@code Platform.runLater} round-trip takes: the FX
 * thread answering within a bound is the "never freezes" property (not a benchmark).
 */
final class FxResponsiveness implements AutoCloseable {
    private final AtomicLong worstNanos = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final Thread prober;
    private volatile boolean running = true;

    FxResponsiveness() {
        prober = new Thread(this::probe, "fx-responsiveness-probe");
        prober.setDaemon(true);
        prober.start();
    }

    private void probe() {
        while (running) {
            long start = System.nanoTime();
            CountDownLatch answered = new CountDownLatch(1);
            Platform.runLater(answered::countDown);
            try {
                if (!answered.await(30, TimeUnit.SECONDS)) {
                    worstNanos.accumulateAndGet(TimeUnit.SECONDS.toNanos(30), Math::max);
                }
                long took = System.nanoTime() - start;
                worstNanos.accumulateAndGet(took, Math::max);
                samples.incrementAndGet();
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long worstMillis() {
        return TimeUnit.NANOSECONDS.toMillis(worstNanos.get());
    }

    long samples() {
        return samples.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        prober.interrupt();
        prober.join(5000);
    }
}
