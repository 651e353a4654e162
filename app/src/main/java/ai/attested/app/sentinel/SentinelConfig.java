package ai.attested.app.sentinel;

import ai.attested.app.sentinel.measure.ChangeDetection;
import ai.attested.app.sentinel.policy.SigningKeys;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the sentinel.
 *
 * @param manifestFile    default: subject_manifest.json beside the policy
 * @param watchOverride   default: the folder the policy names
 * @param subjectCommand  the governed process (empty: none; the run only watches)
 * @param runDir          where receipts are written as they happen (must be new or empty)
 * @param simulatedStart  present: a simulated clock from this instant (no sleeping, derived run_id)
 * @param maxTicks        stop and export after this many ticks (0: until stopped or enforced)
 * @param changeDetection default: events + sweeps for a real clock, full rehash per tick when simulated
 */
public record SentinelConfig(Path policyFile, Optional<Path> manifestFile, Optional<Path> watchOverride,
                             List<String> subjectCommand, Path bundleOut, Path runDir, SigningKeys.Resolved key,
                             Optional<Instant> simulatedStart, long maxTicks,
                             Optional<ChangeDetection> changeDetection) {
    public SentinelConfig {
        Objects.requireNonNull(policyFile, "policyFile");
        Objects.requireNonNull(bundleOut, "bundleOut");
        Objects.requireNonNull(runDir, "runDir");
        Objects.requireNonNull(key, "key");
        subjectCommand = List.copyOf(subjectCommand);
        if (maxTicks < 0) {
            throw new IllegalArgumentException("maxTicks must be >= 0");
        }
    }

    /** A plain configuration: policy beside its manifest, no subject, real clock, until stopped. */
    public static SentinelConfig of(Path policyFile, Path bundleOut, Path runDir, SigningKeys.Resolved key) {
        return new SentinelConfig(policyFile, Optional.empty(), Optional.empty(), List.of(), bundleOut, runDir, key,
                Optional.empty(), 0, Optional.empty());
    }

    public SentinelConfig withSubject(List<String> command) {
        return new SentinelConfig(policyFile, manifestFile, watchOverride, command, bundleOut, runDir, key,
                simulatedStart, maxTicks, changeDetection);
    }

    public SentinelConfig withSimulatedStart(Optional<Instant> start) {
        return new SentinelConfig(policyFile, manifestFile, watchOverride, subjectCommand, bundleOut, runDir, key,
                start, maxTicks, changeDetection);
    }

    public SentinelConfig withMaxTicks(long ticks) {
        return new SentinelConfig(policyFile, manifestFile, watchOverride, subjectCommand, bundleOut, runDir, key,
                simulatedStart, ticks, changeDetection);
    }

    public SentinelConfig withWatch(Optional<Path> watch, Optional<Path> manifest) {
        return new SentinelConfig(policyFile, manifest, watch, subjectCommand, bundleOut, runDir, key,
                simulatedStart, maxTicks, changeDetection);
    }

    public SentinelConfig withChangeDetection(Optional<ChangeDetection> detection) {
        return new SentinelConfig(policyFile, manifestFile, watchOverride, subjectCommand, bundleOut, runDir, key,
                simulatedStart, maxTicks, detection);
    }
}
