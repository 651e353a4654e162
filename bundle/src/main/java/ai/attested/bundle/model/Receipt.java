package ai.attested.bundle.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A sealed receipt {@code receipts/NNNN.json} (seed 004 §6.3). {@link #fromJson} checks the schema
 * only; ids, hashes and the signature are checked by the verifier with {@code SigningRules}.
 */
public final class Receipt extends JsonDocument {
    private final String receiptId;
    private final String runId;
    private final long counter;
    private final String timestamp;
    private final long timestampMillis;
    private final EventType eventType;
    private final Decision decision;
    private final String policyId;
    private final Measurement measurement;
    private final String prevReceiptHash;
    private final String thisReceiptHash;
    private final SignerBlock signer;

    private Receipt(JsonNode json, boolean adopt) throws SchemaException {
        super(json, adopt);
        Fields.requireObject(json);
        Fields.constant(json, "", "receipt_v", "1");
        receiptId = Fields.sha256Hex(json, "", "receipt_id");
        runId = runId(json, "");
        counter = Fields.integer(json, "", "counter", 1);
        timestamp = Fields.text(json, "", "timestamp");
        timestampMillis = Fields.timestampMillis(timestamp, "", "timestamp");
        eventType = Fields.enumValue(json, "", "event_type", EventType.class);
        JsonNode d = Fields.object(json, "", "decision");
        decision = new Decision(
                Fields.enumValue(d, "decision", "action", Action.class),
                Fields.enumValue(d, "decision", "reason_code", ReasonCode.class),
                Fields.text(d, "decision", "details"));
        policyId = Fields.sha256Hex(Fields.object(json, "", "policy"), "policy", "policy_id");
        JsonNode m = Fields.object(json, "", "measurement");
        measurement = new Measurement(
                Fields.sha256Hex(m, "measurement", "composite_hash"),
                Fields.strings(m, "measurement", "mismatched_paths"));
        JsonNode chain = Fields.object(json, "", "chain");
        prevReceiptHash = Fields.sha256Hex(chain, "chain", "prev_receipt_hash");
        thisReceiptHash = Fields.sha256Hex(chain, "chain", "this_receipt_hash");
        signer = PolicyArtifact.signerBlock(json, "signer");
    }

    public static Receipt fromJson(JsonNode json) throws SchemaException {
        return new Receipt(json, false);
    }

    /**
     * Like {@link #fromJson} but takes ownership of a freshly parsed node instead of copying it:
     * for a caller that reads many receipts and never changes the node afterwards (the verifier).
     */
    public static Receipt adopt(JsonNode parsed) throws SchemaException {
        return new Receipt(parsed, true);
    }

    /** run_id: 16 to 64 lowercase hex characters (seed 004 §6.3). */
    static String runId(JsonNode json, String ctx) throws SchemaException {
        return Fields.hex(json, ctx, "run_id", 16, 64);
    }

    public String receiptId() { return receiptId; }
    public String runId() { return runId; }
    public long counter() { return counter; }
    public String timestamp() { return timestamp; }
    /** {@link #timestamp()} as milliseconds since the epoch (a leap second reads as the second before it). */
    public long timestampMillis() { return timestampMillis; }
    public EventType eventType() { return eventType; }
    public Decision decision() { return decision; }
    public String policyId() { return policyId; }
    public Measurement measurement() { return measurement; }
    public String prevReceiptHash() { return prevReceiptHash; }
    public String thisReceiptHash() { return thisReceiptHash; }
    public SignerBlock signer() { return signer; }
}
