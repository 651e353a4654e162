package ai.attested.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.Measurement;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.ReceiptDraft;
import ai.attested.bundle.model.Decision;
import ai.attested.bundle.sign.PolicySigner;
import ai.attested.bundle.sign.ReceiptSealer;
import ai.attested.bundle.testing.SampleRun;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Red-team attacks on time claims (docs/decisions/0090, finding 12). Every receipt is genuinely
 * signed by the issuer: the attack is a run that says something seed 004 §8 forbids — loading or
 * measuring "OK" after the policy's TTL expired, or a clock that runs backwards.
 */
class TimeClaimsAttackTest {
    private static final Ed25519PrivateKey KEY = SampleRun.key();

    @Test
    void measurementOkAfterTheTtlExpiredIsALifecycleViolation() throws Exception {
        // The golden receipts are at seconds 1..7; the TTL expires at second 2.
        PolicyArtifact policy = PolicySigner.sign(SampleRun.policyDraft().ttlExpiresAt(SampleRun.at(2)), KEY);
        VerificationReport r = BundleVerifier.verify(SampleRun.bundle(SampleRun.input(policy, SampleRun.receipts(policy, KEY)), KEY));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.findings()).extracting(f -> f.code() + " " + f.path().orElse(""))
                .containsExactly("LIFECYCLE_VIOLATION receipts/0002.json", "LIFECYCLE_VIOLATION receipts/0003.json",
                        "LIFECYCLE_VIOLATION receipts/0004.json");
    }

    @Test
    void policyLoadedAtOrAfterTheTtlIsALifecycleViolation() throws Exception {
        PolicyArtifact policy = PolicySigner.sign(SampleRun.policyDraft().ttlExpiresAt(SampleRun.at(1)), KEY);
        VerificationReport r = BundleVerifier.verify(SampleRun.bundle(SampleRun.input(policy, SampleRun.receipts(policy, KEY)), KEY));
        assertThat(r.findings()).extracting(f -> f.code() + " " + f.path().orElse(""))
                .contains("LIFECYCLE_VIOLATION receipts/0001.json");
    }

    @Test
    void aTtlStillInTheFutureAtExportPasses() throws Exception {
        PolicyArtifact policy = PolicySigner.sign(SampleRun.policyDraft().ttlExpiresAt(SampleRun.at(3600)), KEY);
        VerificationReport r = BundleVerifier.verify(SampleRun.bundle(SampleRun.input(policy, SampleRun.receipts(policy, KEY)), KEY));
        assertThat(r.findings()).isEmpty();
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aReceiptTimestampEarlierThanThePreviousOneIsALifecycleViolation() throws Exception {
        PolicyArtifact policy = SampleRun.policy(KEY);
        String base = SampleRun.baseline();
        // The golden run, except that receipt #3 claims the time of receipt #1.
        SampleRun.Chain chain = new SampleRun.Chain(policy.policyId(), KEY)
                .add(EventType.POLICY_LOADED, Decision.ok("policy loaded"), Measurement.matching(base))
                .add(EventType.MEASUREMENT_OK, Decision.ok("tick"), Measurement.matching(base));
        chain.append(ReceiptSealer.seal(new ReceiptDraft(SampleRun.RUN_ID, 3, SampleRun.at(1), EventType.MEASUREMENT_OK,
                Decision.ok("tick"), policy.policyId(), Measurement.matching(base), chain.prevHash()), KEY));
        chain.add(EventType.MEASUREMENT_OK, Decision.ok("tick"), Measurement.matching(base))
                .add(EventType.DRIFT_DETECTED, SampleRun.drift(Action.NONE), SampleRun.driftMeasurement())
                .add(EventType.ENFORCED, SampleRun.drift(Action.KILL), SampleRun.driftMeasurement())
                .add(EventType.BUNDLE_EXPORTED, Decision.ok("bundle exported"), SampleRun.driftMeasurement());
        List<ai.attested.bundle.model.Receipt> receipts = chain.receipts();
        VerificationReport r = BundleVerifier.verify(SampleRun.bundle(SampleRun.input(policy, receipts), KEY));
        assertThat(r.findings()).extracting(f -> f.code() + " " + f.path().orElse(""))
                .containsExactly("LIFECYCLE_VIOLATION receipts/0003.json");
    }
}
