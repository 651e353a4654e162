package ai.attested.app.sentinel.measure;

/**
 * How a {@link FolderMonitor} decides which files to rehash on a tick
 * (docs/decisions/0051-sentinel-change-detection.md).
 *
 * @param strategy          EVENTS: rehash what file-system events name, sweep fingerprints every
 *                          {@code sweepEveryTicks}, rehash everything every {@code fullRehashEveryTicks};
 *                          STAT_EVERY_TICK: compare every file's fingerprint each tick;
 *                          REHASH_EVERY_TICK: rehash every file each tick (small folders, simulated clock)
 * @param sweepEveryTicks   ticks between fingerprint sweeps under EVENTS (≥ 1)
 * @param fullRehashEveryTicks ticks between full rehashes under EVENTS and STAT_EVERY_TICK (0 = never)
 */
public record ChangeDetection(Strategy strategy, int sweepEveryTicks, int fullRehashEveryTicks) {

    /** Fingerprint sweep period under EVENTS: catches writes that raise no event (shared mmap). */
    public static final long SWEEP_PERIOD_MS = 30_000;
    /** Full rehash period: catches what even ctime cannot show (raw device writes, a clock set back). */
    public static final long FULL_REHASH_PERIOD_MS = 600_000;

    public enum Strategy { EVENTS, STAT_EVERY_TICK, REHASH_EVERY_TICK }

    public ChangeDetection {
        if (sweepEveryTicks < 1 || fullRehashEveryTicks < 0) {
            throw new IllegalArgumentException("sweep period must be >= 1 tick, full rehash period >= 0");
        }
    }

    /** The default for a real-time run at {@code intervalMs}. */
    public static ChangeDetection events(long intervalMs) {
        return new ChangeDetection(Strategy.EVENTS, ticks(SWEEP_PERIOD_MS, intervalMs),
                ticks(FULL_REHASH_PERIOD_MS, intervalMs));
    }

    /** Rehash every file on every tick: exact and deterministic, for small folders and simulated clocks. */
    public static ChangeDetection rehashEveryTick() {
        return new ChangeDetection(Strategy.REHASH_EVERY_TICK, 1, 1);
    }

    private static int ticks(long periodMs, long intervalMs) {
        return (int) Math.max(1, (periodMs + intervalMs - 1) / intervalMs);
    }
}
