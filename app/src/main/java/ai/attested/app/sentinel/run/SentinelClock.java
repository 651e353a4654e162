package ai.attested.app.sentinel.run;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Time for a run, one tick per interval. The real clock sleeps until the next tick is due (waking
 * at once when the run is stopped) and stamps receipts with the wall clock; the simulated clock
 * never sleeps and stamps every receipt with the due time of its tick, so a run is a pure function
 * of its inputs (docs/decisions/0055-sentinel-run-id-and-simulated-clock.md).
 */
public abstract sealed class SentinelClock {
    protected final Instant start;
    protected final Duration interval;

    private SentinelClock(Instant start, Duration interval) {
        this.start = start;
        this.interval = interval;
    }

    public static SentinelClock real(Duration interval) {
        return new Real(Instant.now(), interval);
    }

    public static SentinelClock simulated(Instant start, Duration interval) {
        return new Simulated(start, interval);
    }

    public Instant start() {
        return start;
    }

    public abstract Instant now();

    public abstract boolean simulated();

    /** Waits until tick {@code k} is due; false when {@code stop} was released first. */
    public abstract boolean awaitTick(long k, CountDownLatch stop) throws InterruptedException;

    static final class Real extends SentinelClock {
        private long nextDue = Long.MIN_VALUE;

        Real(Instant start, Duration interval) {
            super(start, interval);
        }

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public boolean simulated() {
            return false;
        }

        /**
         * Ticks come one interval apart from the first call on. A tick that comes late (a long
         * rehash) runs at once and the schedule moves on from it: late ticks never come in a burst.
         */
        @Override
        public boolean awaitTick(long k, CountDownLatch stop) throws InterruptedException {
            long now = System.nanoTime();
            if (nextDue == Long.MIN_VALUE) {
                nextDue = now + interval.toNanos();
            }
            long wait = nextDue - now;
            boolean go = wait <= 0 ? stop.getCount() > 0 : !stop.await(wait, TimeUnit.NANOSECONDS);
            nextDue = Math.max(nextDue + interval.toNanos(), System.nanoTime() + interval.toNanos() / 2);
            return go;
        }
    }

    static final class Simulated extends SentinelClock {
        private long tick;

        Simulated(Instant start, Duration interval) {
            super(start, interval);
        }

        @Override
        public Instant now() {
            return start.plus(interval.multipliedBy(tick));
        }

        @Override
        public boolean simulated() {
            return true;
        }

        @Override
        public boolean awaitTick(long k, CountDownLatch stop) {
            tick = k;
            return stop.getCount() > 0;
        }
    }
}
