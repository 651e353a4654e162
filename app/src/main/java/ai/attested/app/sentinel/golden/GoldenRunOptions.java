package ai.attested.app.sentinel.golden;

import ai.attested.app.sentinel.policy.SigningKeys;
import ai.attested.bundle.model.Action;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of the golden run (seed 004 §3).
 *
 * @param outDir           receives subject/, policy.json, subject_manifest.json, run/ and bundle.zip
 * @param driftAction      what the policy maps drift (and TTL expiry) to
 * @param ticksBeforeDrift MEASUREMENT_OK ticks before the injector appends the drift mark
 * @param fixedClock       a simulated clock from this instant: no sleeping, byte-identical bundles with a fixed key
 * @param key              the signing key; none given means a fresh key for this run only
 * @param subjectSource    a folder to copy as the subject instead of the built-in demo files
 * @param intervalMs       the policy interval (≥ 250)
 */
public record GoldenRunOptions(Path outDir, Action driftAction, int ticksBeforeDrift, Optional<Instant> fixedClock,
                               SigningKeys.Choice key, Optional<Path> subjectSource, long intervalMs) {
    public static final int DEFAULT_TICKS = 3;
    public static final long DEFAULT_INTERVAL_MS = 250;

    public GoldenRunOptions {
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(driftAction, "driftAction");
        if (ticksBeforeDrift < 1) {
            throw new IllegalArgumentException("at least one MEASUREMENT_OK tick comes before the drift");
        }
    }

    public static GoldenRunOptions defaults(Path outDir) {
        return new GoldenRunOptions(outDir, Action.KILL, DEFAULT_TICKS, Optional.empty(), SigningKeys.Choice.none(),
                Optional.empty(), DEFAULT_INTERVAL_MS);
    }

    public GoldenRunOptions withDriftAction(Action a) {
        return new GoldenRunOptions(outDir, a, ticksBeforeDrift, fixedClock, key, subjectSource, intervalMs);
    }

    public GoldenRunOptions withTicks(int ticks) {
        return new GoldenRunOptions(outDir, driftAction, ticks, fixedClock, key, subjectSource, intervalMs);
    }

    public GoldenRunOptions withFixedClock(Optional<Instant> clock) {
        return new GoldenRunOptions(outDir, driftAction, ticksBeforeDrift, clock, key, subjectSource, intervalMs);
    }

    public GoldenRunOptions withKey(SigningKeys.Choice k) {
        return new GoldenRunOptions(outDir, driftAction, ticksBeforeDrift, fixedClock, k, subjectSource, intervalMs);
    }

    public GoldenRunOptions withSubject(Optional<Path> source) {
        return new GoldenRunOptions(outDir, driftAction, ticksBeforeDrift, fixedClock, key, source, intervalMs);
    }
}
