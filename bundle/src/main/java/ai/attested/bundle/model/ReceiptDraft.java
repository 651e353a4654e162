package ai.attested.bundle.model;

import java.util.Objects;

/**
 * Everything a receipt states before {@code ReceiptSealer} adds the signer, {@code receipt_id},
 * {@code this_receipt_hash} and the signature. {@code prevReceiptHash} is 64 zeros for counter 1.
 */
public record ReceiptDraft(
        String runId,
        long counter,
        String timestamp,
        EventType eventType,
        Decision decision,
        String policyId,
        Measurement measurement,
        String prevReceiptHash) {

    public static final String GENESIS_PREV_HASH = "0".repeat(64);

    public ReceiptDraft {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(prevReceiptHash, "prevReceiptHash");
    }
}
