package ai.attested.app.sentinel.policy;

import ai.attested.app.sentinel.Timestamps;
import ai.attested.app.sentinel.measure.MeasuredFile;
import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.ReasonCode;
import ai.attested.bundle.model.SubjectManifest;
import ai.attested.crypto.sig.Ed25519PublicKey;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A policy that verified, with its subject manifest baseline and the folder it watches.
 *
 * @param policyBytes the policy file's exact bytes, to notice any later change to the file
 */
public record LoadedPolicy(Path policyFile, byte[] policyBytes, PolicyArtifact policy, SubjectManifest manifest,
                           WatchSettings watch, Path watchRoot, List<MeasuredFile> files) {

    public LoadedPolicy {
        policyBytes = policyBytes.clone();
        files = List.copyOf(files);
    }

    @Override
    public byte[] policyBytes() {
        return policyBytes.clone();
    }

    public String policyId() {
        return policy.policyId();
    }

    public Ed25519PublicKey issuerKey() {
        return Ed25519PublicKey.fromBase64(policy.issuer().publicKey());
    }

    public String baselineComposite() {
        return manifest.compositeSubjectHash();
    }

    /** The action the policy maps for a drift of this reason. */
    public Action actionFor(ReasonCode reason) {
        return policy.actionFor(reason.trigger());
    }

    public Optional<Instant> expiresAt() {
        return policy.ttlExpiresAt().map(t -> Timestamps.parse(t, "POLICY_SCHEMA_INVALID"));
    }

    public Instant createdAt() {
        return Timestamps.parse(policy.createdAt(), "POLICY_SCHEMA_INVALID");
    }

    public long intervalMs() {
        return policy.intervalMs();
    }
}
