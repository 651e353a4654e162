package ai.attested.app.sentinel.run;

import ai.attested.app.AppException;
import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.model.ReceiptDraft;
import ai.attested.bundle.sign.SigningRules;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.sig.Ed25519PublicKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the receipts a run directory holds as a chain prefix, with the verifier's rules (V4, V5):
 * schema, receipt_id, this_receipt_hash, the issuer's signature, counters 1..n without gaps, each
 * prev_receipt_hash, one run_id and one policy_id. A resume appends only to a prefix that passes.
 */
public final class RunChainCheck {
    private RunChainCheck() {
    }

    /** The receipts in counter order; RUN_RECEIPT_INVALID names the first one that fails. */
    public static List<Receipt> check(RunDirectory dir, String runId, String policyId, Ed25519PublicKey issuer) {
        List<Receipt> out = new ArrayList<>();
        String prev = ReceiptDraft.GENESIS_PREV_HASH;
        long expected = 1;
        for (Path file : dir.receiptFiles()) {
            Receipt r = RunDirectory.read(file);
            String name = "receipts/" + file.getFileName();
            JsonNode json = r.toJson();
            if (!Sha256.hex(SigningRules.receiptIdBytes(json)).equals(r.receiptId())) {
                throw invalid(name, "its receipt_id does not match its contents");
            }
            if (!Sha256.hex(SigningRules.receiptHashBytes(json)).equals(r.thisReceiptHash())) {
                throw invalid(name, "its this_receipt_hash does not match its contents");
            }
            if (!r.signer().publicKey().equals(issuer.base64())
                    || !SigningRules.signatureValid(r.signer().publicKey(), r.signer().signature(),
                            SigningRules.receiptSigningBytes(json))) {
                throw invalid(name, "its signature is not the policy issuer's");
            }
            if (r.counter() != expected) {
                throw invalid(name, "counter " + r.counter() + " where " + expected + " was expected");
            }
            if (!r.prevReceiptHash().equals(prev)) {
                throw invalid(name, "its prev_receipt_hash does not link to the receipt before it");
            }
            if (!r.runId().equals(runId) || !r.policyId().equals(policyId)) {
                throw invalid(name, "it belongs to another run or policy");
            }
            out.add(r);
            prev = r.thisReceiptHash();
            expected++;
        }
        return out;
    }

    private static AppException invalid(String name, String why) {
        return new AppException("RUN_RECEIPT_INVALID", name + " cannot be continued: " + why + ".");
    }
}
