package ai.attested.app.sentinel.policy;

import ai.attested.app.sentinel.measure.Normalization;
import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.EventType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code svault policy create} decides.
 *
 * @param manifestOut where the subject manifest baseline goes (default: subject_manifest.json beside the policy)
 * @param expiresAt   TTL expiry; empty disables the TTL
 * @param requiredReceipts the policy's required_receipts; a run that never drifts passes only
 *                    if DRIFT_DETECTED and ENFORCED are left out
 */
public record MintRequest(Path watchDir, Path policyOut, Optional<Path> manifestOut, long intervalMs,
                          Normalization normalization, Action onDrift, Action onTtl, Action onSignatureInvalid,
                          Optional<Instant> expiresAt, boolean newFilesAreDrift, List<String> include,
                          Instant createdAt, List<EventType> requiredReceipts) {
    public static final long MIN_INTERVAL_MS = 250;
    public static final String DEFAULT_MANIFEST_NAME = "subject_manifest.json";

    public MintRequest {
        Objects.requireNonNull(watchDir, "watchDir");
        Objects.requireNonNull(policyOut, "policyOut");
        include = List.copyOf(include);
        requiredReceipts = List.copyOf(requiredReceipts);
    }

    /** Defaults: 1 s interval, bytes as stored, KILL on drift/TTL/signature, no TTL, new files are drift. */
    public static MintRequest defaults(Path watchDir, Path policyOut, Instant createdAt) {
        return new MintRequest(watchDir, policyOut, Optional.empty(), 1000, Normalization.AS_IS,
                Action.KILL, Action.KILL, Action.KILL, Optional.empty(), true, List.of(), createdAt,
                List.of(EventType.values()));
    }

    public Path manifestFile() {
        return manifestOut.orElseGet(() -> policyOut.toAbsolutePath().resolveSibling(DEFAULT_MANIFEST_NAME));
    }

    public MintRequest withIntervalMs(long ms) {
        return new MintRequest(watchDir, policyOut, manifestOut, ms, normalization, onDrift, onTtl,
                onSignatureInvalid, expiresAt, newFilesAreDrift, include, createdAt, requiredReceipts);
    }

    public MintRequest withNormalization(Normalization n) {
        return new MintRequest(watchDir, policyOut, manifestOut, intervalMs, n, onDrift, onTtl,
                onSignatureInvalid, expiresAt, newFilesAreDrift, include, createdAt, requiredReceipts);
    }

    public MintRequest withMapping(Action drift, Action ttl, Action signature) {
        return new MintRequest(watchDir, policyOut, manifestOut, intervalMs, normalization, drift, ttl,
                signature, expiresAt, newFilesAreDrift, include, createdAt, requiredReceipts);
    }

    public MintRequest withExpiry(Optional<Instant> expiry) {
        return new MintRequest(watchDir, policyOut, manifestOut, intervalMs, normalization, onDrift, onTtl,
                onSignatureInvalid, expiry, newFilesAreDrift, include, createdAt, requiredReceipts);
    }

    public MintRequest withNewFiles(boolean drift, List<String> globs) {
        return new MintRequest(watchDir, policyOut, manifestOut, intervalMs, normalization, onDrift, onTtl,
                onSignatureInvalid, expiresAt, drift, globs, createdAt, requiredReceipts);
    }

    /** The receipt types the verifier must find (default: all five of seed 004 §6.1). */
    public MintRequest withRequiredReceipts(List<EventType> events) {
        return new MintRequest(watchDir, policyOut, manifestOut, intervalMs, normalization, onDrift, onTtl,
                onSignatureInvalid, expiresAt, newFilesAreDrift, include, createdAt, events);
    }

    public MintRequest withManifestOut(Optional<Path> out) {
        return new MintRequest(watchDir, policyOut, out, intervalMs, normalization, onDrift, onTtl,
                onSignatureInvalid, expiresAt, newFilesAreDrift, include, createdAt, requiredReceipts);
    }
}
