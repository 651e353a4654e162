package ai.attested.app.sentinel.run;

import ai.attested.app.AppException;
import ai.attested.app.sentinel.Timestamps;
import ai.attested.app.sentinel.measure.Fingerprint;
import ai.attested.app.sentinel.measure.Snapshot;
import ai.attested.app.sentinel.policy.LoadedPolicy;
import ai.attested.app.sentinel.policy.PolicyCheck;
import ai.attested.bundle.model.Measurement;
import ai.attested.bundle.model.ReasonCode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decides what a tick's findings are, in a fixed order: the policy file itself (SIGNATURE_INVALID
 * when it changed or stopped verifying; re-read only when its fingerprint moved), then the TTL (TTL_EXPIRED, once), then the folder
 * (SUBJECT_MISSING when a measured file is gone, else HASH_MISMATCH_FILE for changed, unreadable or
 * new files). Folder drift is reported when the observed composite moves to a new non-baseline value,
 * not on every tick while it persists (DESIGN.md §2.2).
 */
public final class DriftCheck {
    private final LoadedPolicy policy;
    private final byte[] loadedBytes;
    private Fingerprint policyFingerprint;
    private final String baseline;
    private String lastReported;
    private boolean ttlReported;
    private boolean policyReported;

    public DriftCheck(LoadedPolicy policy) {
        this.policy = policy;
        this.loadedBytes = policy.policyBytes();
        this.baseline = policy.baselineComposite();
        this.lastReported = baseline;
        this.policyFingerprint = fingerprint();
    }

    /** Every drift this tick found, in reporting order; empty when none is new. */
    public List<Drift> evaluate(Instant now, Snapshot s) {
        List<Drift> found = new ArrayList<>();
        policyFile(s).ifPresent(found::add);
        ttl(now, s).ifPresent(found::add);
        folder(s).ifPresent(found::add);
        return found;
    }

    /** The measurement a receipt carries for this snapshot. */
    public Measurement measurement(Snapshot s) {
        return s.matchesBaseline() ? Measurement.matching(baseline) : new Measurement(s.compositeHex(), s.mismatchedPaths());
    }

    private Optional<Drift> policyFile(Snapshot s) {
        if (policyReported) {
            return Optional.empty();
        }
        Fingerprint fp = fingerprint();
        if (fp != null && fp.equals(policyFingerprint)) {
            return Optional.empty(); // stat says untouched (ctime moves on any write): no need to re-read megabytes
        }
        policyFingerprint = fp;
        String problem;
        try {
            byte[] now = Files.readAllBytes(policy.policyFile());
            if (Arrays.equals(now, loadedBytes)) {
                return Optional.empty();
            }
            try {
                PolicyCheck.verified(now);
                problem = "the policy file was replaced by a different signed policy during the run";
            } catch (AppException e) {
                problem = "the policy file changed during the run and no longer verifies (" + e.code() + ")";
            }
        } catch (IOException e) {
            problem = "the policy file can no longer be read";
        }
        policyReported = true;
        return Optional.of(new Drift(ReasonCode.SIGNATURE_INVALID, problem, measurement(s)));
    }

    private Fingerprint fingerprint() {
        try {
            return Fingerprint.of(policy.policyFile());
        } catch (IOException e) {
            return null;
        }
    }

    private Optional<Drift> ttl(Instant now, Snapshot s) {
        Optional<Instant> expiry = policy.expiresAt();
        if (ttlReported || expiry.isEmpty() || now.isBefore(expiry.get())) {
            return Optional.empty();
        }
        ttlReported = true;
        return Optional.of(new Drift(ReasonCode.TTL_EXPIRED,
                "the policy's TTL expired at " + Timestamps.format(expiry.get()), measurement(s)));
    }

    private Optional<Drift> folder(Snapshot s) {
        String composite = s.compositeHex();
        if (s.matchesBaseline()) {
            lastReported = baseline;
            return Optional.empty();
        }
        if (composite.equals(lastReported)) {
            return Optional.empty(); // the same drift persists: already reported
        }
        lastReported = composite;
        ReasonCode reason = s.missing().isEmpty() ? ReasonCode.HASH_MISMATCH_FILE : ReasonCode.SUBJECT_MISSING;
        return Optional.of(new Drift(reason, describe(s), measurement(s)));
    }

    private static String describe(Snapshot s) {
        List<String> parts = new ArrayList<>();
        if (!s.changed().isEmpty()) {
            parts.add(count(s.changed().size(), "measured file differs", "measured files differ") + " from the baseline");
        }
        if (!s.missing().isEmpty()) {
            parts.add(count(s.missing().size(), "measured file is", "measured files are") + " missing");
        }
        if (!s.newFiles().isEmpty()) {
            parts.add(count(s.newFiles().size(), "file not in the policy has", "files not in the policy have") + " appeared");
        }
        return String.join("; ", parts);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
