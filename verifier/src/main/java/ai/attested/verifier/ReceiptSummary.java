package ai.attested.verifier;

import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.ReasonCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the chain, policy and enforcement checks need from one receipt, kept after its JSON is
 * dropped (about 150 bytes each, so 100,000 receipts fit in a small heap). {@code schemaValid}
 * false means only {@code path} and the findings are meaningful.
 */
final class ReceiptSummary {
    final String path;
    boolean schemaValid;
    long counter;
    String runId;
    EventType eventType;
    Action action;
    ReasonCode reason;
    boolean policyIdMatches;
    boolean compositeIsBaseline;
    byte[] prevHash;
    byte[] thisHash;
    /** The receipt's timestamp as epoch milliseconds. */
    long timeMillis;
    /** V4 checks passed: schema, receipt_id, this_receipt_hash and signature. */
    boolean valid;
    /** SHA-256 and size of the file, kept only while the manifest was not yet read (see ReceiptPipeline). */
    byte[] deferredDigest;
    long deferredSize;
    private List<Finding> findings;

    ReceiptSummary(String path) {
        this.path = path;
    }

    void add(Finding f) {
        if (findings == null) {
            findings = new ArrayList<>(2);
        }
        findings.add(f);
    }

    List<Finding> findings() {
        return findings == null ? Collections.emptyList() : findings;
    }
}
