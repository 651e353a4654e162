package ai.attested.bundle.sign;

import ai.attested.crypto.Base64s;
import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.sig.Ed25519PublicKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The exact bytes that are hashed and signed in an MVP-LOCAL bundle (DESIGN.md §2.2, seed 004 §7).
 * One place for these rules: the signers and the verifier both call them, so they cannot drift.
 * Every input is the RFC 8785 (JCS) form of the document with the named fields removed.
 */
public final class SigningRules {
    private SigningRules() {}

    /** policy_id = SHA-256(JCS(policy − issuer.signature − policy_id)). */
    public static byte[] policyIdBytes(JsonNode policy) {
        return jcsWithout(policy, "issuer.signature", "policy_id");
    }

    /** issuer.signature = Ed25519(JCS(policy − issuer.signature)); covers policy_id. */
    public static byte[] policySigningBytes(JsonNode policy) {
        return jcsWithout(policy, "issuer.signature");
    }

    /** receipt_id = SHA-256(JCS(receipt − signer.signature − receipt_id − chain.this_receipt_hash)). */
    public static byte[] receiptIdBytes(JsonNode receipt) {
        return jcsWithout(receipt, "signer.signature", "receipt_id", "chain.this_receipt_hash");
    }

    /** chain.this_receipt_hash = SHA-256(JCS(receipt − signer.signature − chain.this_receipt_hash)); covers receipt_id. */
    public static byte[] receiptHashBytes(JsonNode receipt) {
        return jcsWithout(receipt, "signer.signature", "chain.this_receipt_hash");
    }

    /** signer.signature = Ed25519(JCS(receipt − signer.signature)), no prefix (as TV-SIG-001). */
    public static byte[] receiptSigningBytes(JsonNode receipt) {
        return jcsWithout(receipt, "signer.signature");
    }

    /** bundle manifest signer.signature = Ed25519(JCS(manifest − signer.signature)). */
    public static byte[] manifestSigningBytes(JsonNode manifest) {
        JsonNode files = manifest.get("files");
        if (files == null || !files.isArray() || files.size() < LARGE_ARRAY) {
            return jcsWithout(manifest, "signer.signature");
        }
        return LargeArrayJcs.withArray(without(manifest, "signer.signature".split("\\."), 0), "files");
    }

    /**
     * As {@link #manifestSigningBytes(JsonNode)} for a manifest whose {@code files} array is held
     * elsewhere: {@code manifest} has it empty, and {@code fileElements[0, length)} holds its
     * elements' JCS joined by commas (how {@code StreamedManifest} reads a large manifest).
     */
    public static byte[] manifestSigningBytes(JsonNode manifest, byte[] fileElements, int length) {
        return LargeArrayJcs.splice(without(manifest, "signer.signature".split("\\."), 0), "files", fileElements, length);
    }

    /** Above this many files the manifest's JCS is assembled entry by entry (see {@link LargeArrayJcs}). */
    static final int LARGE_ARRAY = 1024;

    /**
     * True when {@code signatureB64} is a valid Ed25519 signature by {@code publicKeyB64} over
     * {@code data}. Malformed keys or signatures are simply invalid, never an exception.
     */
    public static boolean signatureValid(String publicKeyB64, String signatureB64, byte[] data) {
        try {
            return Ed25519PublicKey.fromBase64(publicKeyB64).isValid(Base64s.decodeStd(signatureB64), data);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** JCS of {@code doc} without the dotted paths; copies only the objects on those paths. */
    static byte[] jcsWithout(JsonNode doc, String... dottedPaths) {
        JsonNode copy = doc;
        for (String p : dottedPaths) {
            copy = without(copy, p.split("\\."), 0);
        }
        return CanonicalJson.canonicalize(copy);
    }

    static JsonNode without(JsonNode node, String[] path, int i) {
        if (!(node instanceof ObjectNode) || !node.has(path[i])) {
            return node;
        }
        // Shallow copy: siblings are shared, never mutated, so a 100k-entry manifest is not duplicated.
        ObjectNode copy = ((ObjectNode) node).objectNode();
        node.fields().forEachRemaining(e -> copy.set(e.getKey(), e.getValue()));
        if (i == path.length - 1) {
            copy.remove(path[i]);
        } else {
            copy.set(path[i], without(node.get(path[i]), path, i + 1));
        }
        return copy;
    }
}
