package ai.attested.verifier;

import ai.attested.bundle.model.BundleManifest;
import ai.attested.bundle.model.ChainHead;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.SubjectManifest;
import ai.attested.bundle.zip.HardenedZipReader;
import java.util.ArrayList;
import java.util.List;

/**
 * What one verification has learned so far, handed from step to step. A field stays null when
 * its file was missing or unusable; the finding saying so is already recorded.
 */
final class Context {
    final HardenedZipReader reader;
    final List<Finding> findings = new ArrayList<>();
    PolicyArtifact policy;
    /** The manifest's scalar facts (its files[] lives in {@link #index}); the JSON tree is not kept. */
    ManifestFacts manifest;
    ManifestIndex index;
    SubjectManifest subject;
    ChainHead chainHead;
    /** Every receipt file, schema-valid or not. */
    List<ReceiptSummary> receipts = List.of();
    /** Schema-valid receipts in ascending counter order (ties: path order). */
    List<ReceiptSummary> chain = List.of();

    Context(HardenedZipReader reader) {
        this.reader = reader;
    }

    void add(int step, String code, String path, String message) {
        findings.add(new Finding(step, code, path, message));
    }

    boolean hasFindings(int step) {
        for (Finding f : findings) {
            if (f.step() == step) {
                return true;
            }
        }
        return false;
    }

    /**
     * The policy issuer's key, the trust anchor of the manifest and receipt signatures: from the
     * policy, or (when the policy breaks the schema elsewhere) from its readable issuer block.
     * Null when the policy gives none; then no signature can be tied to an issuer.
     */
    String issuerKey;

    /** The issuer key id the auditor pinned ({@code --expect-key}), or null when none was given. */
    String expectedKeyId;

    String issuerKey() {
        return policy != null ? policy.issuer().publicKey() : issuerKey;
    }

    /** The bundle manifest minus its file list. */
    record ManifestFacts(String policyId, String runId, long receiptCount, String chainHeadHash,
            boolean hasMerkle, boolean hasAnchor) {
        static ManifestFacts of(BundleManifest m) {
            return new ManifestFacts(m.policyId(), m.runId(), m.receiptCount(), m.chainHeadHash(), m.hasMerkle(), m.hasAnchor());
        }
    }
}
