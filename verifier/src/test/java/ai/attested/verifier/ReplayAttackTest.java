package ai.attested.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.sign.PolicySigner;
import ai.attested.bundle.testing.SampleRun;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Red-team replay and splice attacks on MVP-LOCAL bundles (docs/decisions/0090) with genuinely
 * signed receipts and a manifest re-signed by the issuer: the chain rules must still refuse them.
 */
class ReplayAttackTest {
    private static final Ed25519PrivateKey KEY = SampleRun.key();

    @Test
    void aGenuineReceiptReplayedUnderASecondFileNameIsACounterGap() {
        PolicyArtifact policy = SampleRun.policy(KEY);
        List<Receipt> receipts = new ArrayList<>(SampleRun.receipts(policy, KEY));
        receipts.add(receipts.get(2)); // receipts/0008.json holds receipt #3 again
        VerificationReport r = BundleVerifier.verify(SampleRun.bundle(SampleRun.input(policy, receipts), KEY));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.findings()).extracting(f -> f.code() + " " + f.path().orElse(""))
                .contains("COUNTER_GAP receipts/0008.json");
    }

    @Test
    void aReceiptSplicedInFromARunUnderAnotherPolicyOfTheSameIssuerIsRefused() throws Exception {
        // Same issuer, another policy version, same run id: the second run's MEASUREMENT_OK (#2) in place of ours.
        PolicyArtifact policy = SampleRun.policy(KEY);
        List<Receipt> ours = new ArrayList<>(SampleRun.receipts(policy, KEY));
        PolicyArtifact other = PolicySigner.sign(SampleRun.policyDraft().policyVersion("v0.2"), KEY);
        Receipt foreign = SampleRun.receipts(other, KEY).get(1);
        ours.set(1, foreign);
        VerificationReport r = BundleVerifier.verify(SampleRun.bundle(SampleRun.input(policy, ours), KEY));
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.findings()).extracting(Finding::code).contains(Codes.POLICY_MISMATCH, Codes.CHAIN_PREV_HASH_MISMATCH);
    }
}
