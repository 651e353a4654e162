package ai.attested.bundle.sign;

import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.model.ReceiptDraft;
import ai.attested.bundle.model.SchemaException;
import ai.attested.crypto.Base64s;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.Ed25519PublicKey;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Seals a receipt draft in the order of DESIGN.md §2.2: signer block, then receipt_id, then
 * chain.this_receipt_hash (covering receipt_id), then signer.signature (covering both).
 */
public final class ReceiptSealer {
    private ReceiptSealer() {}

    /** @throws IllegalArgumentException when a draft value breaks the schema (a programming error) */
    public static Receipt seal(ReceiptDraft d, Ed25519PrivateKey key) {
        return sign(unsigned(d, key.publicKey()), key);
    }

    /**
     * The receipt with signer key, {@code receipt_id} and {@code chain.this_receipt_hash} but no
     * signature. The next receipt can link to its hash before it is signed (the signature is not
     * hashed), so a batch can be signed in parallel.
     */
    public static ObjectNode unsigned(ReceiptDraft d, Ed25519PublicKey pub) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("receipt_v", "1");
        r.put("run_id", d.runId());
        r.put("counter", d.counter());
        r.put("timestamp", d.timestamp());
        r.put("event_type", d.eventType().name());
        ObjectNode decision = r.putObject("decision");
        decision.put("action", d.decision().action().name());
        decision.put("reason_code", d.decision().reasonCode().name());
        decision.put("details", d.decision().details());
        r.putObject("policy").put("policy_id", d.policyId());
        ObjectNode m = r.putObject("measurement");
        m.put("composite_hash", d.measurement().compositeHash());
        d.measurement().mismatchedPaths().forEach(m.putArray("mismatched_paths")::add);
        ObjectNode chain = r.putObject("chain");
        chain.put("prev_receipt_hash", d.prevReceiptHash());
        ObjectNode signer = r.putObject("signer");
        signer.put("public_key", pub.base64());
        signer.put("key_id", pub.keyId());
        r.put("receipt_id", Sha256.hex(SigningRules.receiptIdBytes(r)));
        chain.put("this_receipt_hash", Sha256.hex(SigningRules.receiptHashBytes(r)));
        return r;
    }

    /** Adds {@code signer.signature} to an {@link #unsigned} receipt and validates the result. */
    public static Receipt sign(ObjectNode unsigned, Ed25519PrivateKey key) {
        ObjectNode r = unsigned.deepCopy();
        ((ObjectNode) r.get("signer")).put("signature", Base64s.encodeStd(key.sign(SigningRules.receiptSigningBytes(r))));
        try {
            return Receipt.fromJson(r);
        } catch (SchemaException e) {
            throw new IllegalArgumentException("receipt draft is invalid: " + e.getMessage(), e);
        }
    }
}
