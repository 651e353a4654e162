package ai.attested.bundle.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code receipts/chain_head.json} (seed 004 §6.4): where the receipt chain ends. */
public final class ChainHead extends JsonDocument {
    private final String runId;
    private final long receiptCount;
    private final long headCounter;
    private final String headReceiptHash;
    private final String headReceiptPath;

    private ChainHead(JsonNode json) throws SchemaException {
        super(json);
        Fields.requireObject(json);
        Fields.constant(json, "", "chain_v", "1");
        runId = Receipt.runId(json, "");
        receiptCount = Fields.integer(json, "", "receipt_count", 1);
        headCounter = Fields.integer(json, "", "head_counter", 1);
        headReceiptHash = Fields.sha256Hex(json, "", "head_receipt_hash");
        headReceiptPath = Fields.relativePath(json, "", "head_receipt_path");
    }

    public static ChainHead fromJson(JsonNode json) throws SchemaException {
        return new ChainHead(json);
    }

    /** The head of a chain whose last receipt is {@code head}, stored at {@code headPath}. */
    public static ChainHead of(Receipt head, long receiptCount, String headPath) throws SchemaException {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("chain_v", "1");
        o.put("run_id", head.runId());
        o.put("receipt_count", receiptCount);
        o.put("head_counter", head.counter());
        o.put("head_receipt_hash", head.thisReceiptHash());
        o.put("head_receipt_path", headPath);
        return fromJson(o);
    }

    public String runId() { return runId; }
    public long receiptCount() { return receiptCount; }
    public long headCounter() { return headCounter; }
    public String headReceiptHash() { return headReceiptHash; }
    public String headReceiptPath() { return headReceiptPath; }
}
