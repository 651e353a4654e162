package ai.attested.app.vault;

import ai.attested.app.AppException;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealFinding;
import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.seal.SealVerifier;
import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.sig.Ed25519PublicKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The store's {@link SealCodec} over the seal format of {@code ai.attested.bundle.seal}
 * (docs/FORMATS.md): one strict parse per seal, then the canonical-form check, the seal-hash rule
 * and the statement signature, all by that format's own code.
 */
public final class BundleSealCodec implements SealCodec {

    /** The operator key, decoded once: every seal of a vault is checked against the same key. */
    private volatile Ed25519PublicKey decoded;

    @Override
    public SealFacts read(String json, byte[] operatorPublicKey, boolean checkSignature) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > ai.attested.bundle.seal.SealCodec.MAX_SEAL_BYTES) {
            throw new AppException("SEAL_MALFORMED", "the seal is larger than a seal can be.");
        }
        JsonNode tree;
        Seal seal;
        try {
            tree = StrictJson.parse(bytes, 16);
            seal = ai.attested.bundle.seal.SealCodec.fromTree(tree);
        } catch (JsonFormatException e) {
            throw new AppException("SEAL_MALFORMED", "the seal is not strict JSON (" + e.code() + ").", e);
        } catch (SealFormatException e) {
            throw new AppException("SEAL_MALFORMED", "the seal is not valid (" + e.code() + "): " + e.getMessage(), e);
        }
        if (!Arrays.equals(CanonicalJson.canonicalize(tree), bytes)) {
            throw new AppException("SEAL_NOT_CANONICAL", "the seal is not in canonical JSON form (RFC 8785).");
        }
        String recomputed = ai.attested.bundle.seal.SealCodec.computeSealHash(tree);
        if (!recomputed.equals(seal.sealHash())) {
            throw new AppException("SEAL_HASH_MISMATCH", "its content hashes to " + recomputed + ", not to the stated seal_hash "
                    + seal.sealHash() + ".");
        }
        byte[] signerKey = seal.signer().publicKeyRaw();
        if (!Arrays.equals(signerKey, operatorPublicKey)) {
            throw new AppException("SEAL_SIGNER_MISMATCH", "it was signed by key " + seal.signer().keyId()
                    + ", not by this vault's operator key.");
        }
        if (checkSignature) {
            List<SealFinding> failures = SealVerifier.verifyStatement(seal.statement(), decode(signerKey), seal.signer().signatureRaw());
            if (!failures.isEmpty()) {
                throw new AppException("SEAL_SIGNATURE_INVALID", "its signature does not verify (" + failures.getFirst() + ").");
            }
        }
        return new SealFacts(seal.vaultId(), seal.seq(), seal.prevSealHash(), seal.sealHash(), seal.deviceTime(),
                seal.subject().kind().name(), seal.subject().name(), seal.subject().sha256(), seal.description());
    }

    private Ed25519PublicKey decode(byte[] raw) {
        Ed25519PublicKey key = decoded;
        if (key == null || !Arrays.equals(key.raw(), raw)) {
            key = Ed25519PublicKey.fromRaw(raw); // equals the operator key (checked above), so it decodes
            decoded = key;
        }
        return key;
    }
}
