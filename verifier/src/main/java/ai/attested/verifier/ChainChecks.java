package ai.attested.verifier;

import ai.attested.bundle.model.BundlePaths;
import ai.attested.bundle.model.ChainHead;
import ai.attested.bundle.model.SchemaException;
import ai.attested.crypto.Hex;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * V5: the receipts, ordered by counter (never by file name), form one unbroken chain from
 * counter 1 and 64 zeros to the chain head that the chain head file and the manifest name.
 */
final class ChainChecks {
    private static final byte[] GENESIS = new byte[32];

    private final Context ctx;

    ChainChecks(Context ctx) {
        this.ctx = ctx;
    }

    /** Reads {@code receipts/chain_head.json}; a problem is a V5 finding. */
    void readChainHead(ArtifactChecks files) {
        JsonNode json = files.parse(BundlePaths.CHAIN_HEAD, ArtifactChecks.MAX_DOCUMENT_BYTES, 5, Codes.CHAIN_HEAD_SCHEMA_INVALID);
        if (json == null) {
            return;
        }
        try {
            ctx.chainHead = ChainHead.fromJson(json);
        } catch (SchemaException e) {
            ctx.add(5, Codes.CHAIN_HEAD_SCHEMA_INVALID, BundlePaths.CHAIN_HEAD, "The chain head breaks the schema: " + e.getMessage() + ".");
        }
    }

    /** Orders the schema-valid receipts by counter; file names play no part. */
    static List<ReceiptSummary> order(List<ReceiptSummary> all) {
        List<ReceiptSummary> chain = new ArrayList<>();
        for (ReceiptSummary s : all) {
            if (s.schemaValid) {
                chain.add(s);
            }
        }
        chain.sort(Comparator.comparingLong((ReceiptSummary s) -> s.counter).thenComparing(s -> s.path,
                ai.attested.bundle.zip.ZipPaths.ORDER));
        return chain;
    }

    void check() {
        List<ReceiptSummary> chain = ctx.chain;
        long expected = 1;
        ReceiptSummary prev = null;
        String runId = chain.isEmpty() ? null : chain.get(0).runId;
        for (ReceiptSummary s : chain) {
            if (s.counter != expected) {
                ctx.add(5, Codes.COUNTER_GAP, s.path, s.counter < expected
                        ? "Counter " + s.counter + " repeats or goes backwards; " + expected + " was expected."
                        : "Counter jumps to " + s.counter + "; " + expected + " was expected.");
            }
            byte[] expectedPrev = prev == null ? GENESIS : prev.thisHash;
            if (!Arrays.equals(s.prevHash, expectedPrev)) {
                ctx.add(5, Codes.CHAIN_PREV_HASH_MISMATCH, s.path, prev == null
                        ? "The first receipt's prev_receipt_hash is not 64 zeros."
                        : "prev_receipt_hash is not the previous receipt's this_receipt_hash.");
            }
            if (!s.runId.equals(runId)) {
                ctx.add(5, Codes.RUN_ID_MISMATCH, s.path, "The receipt belongs to another run.");
            }
            expected = Math.max(expected, s.counter) + 1;
            prev = s;
        }
        checkHead(prev, runId);
    }

    private void checkHead(ReceiptSummary last, String runId) {
        if (ctx.chainHead != null) {
            List<String> wrong = new ArrayList<>();
            ChainHead h = ctx.chainHead;
            if (last == null || !h.headReceiptHash().equals(Hex.encode(last.thisHash))) {
                wrong.add("head_receipt_hash");
            }
            if (last == null || h.headCounter() != last.counter) {
                wrong.add("head_counter");
            }
            if (last == null || !h.headReceiptPath().equals(last.path)) {
                wrong.add("head_receipt_path");
            }
            if (h.receiptCount() != ctx.receipts.size()) {
                wrong.add("receipt_count");
            }
            if (runId != null && !h.runId().equals(runId)) {
                wrong.add("run_id");
            }
            if (!wrong.isEmpty()) {
                ctx.add(5, Codes.CHAIN_HEAD_MISMATCH, BundlePaths.CHAIN_HEAD,
                        "The chain head does not match the last receipt: " + String.join(", ", wrong) + ".");
            }
        }
        if (ctx.manifest != null) {
            if (last == null || !ctx.manifest.chainHeadHash().equals(Hex.encode(last.thisHash))
                    || ctx.manifest.receiptCount() != ctx.receipts.size()) {
                ctx.add(5, Codes.CHAIN_HEAD_MISMATCH, BundlePaths.MANIFEST,
                        "The manifest's chain_head_hash or receipt_count does not match the receipts.");
            }
            if (runId != null && !ctx.manifest.runId().equals(runId)) {
                ctx.add(5, Codes.RUN_ID_MISMATCH, BundlePaths.MANIFEST, "The manifest names another run.");
            }
        }
    }
}
