package ai.attested.app.vault;

/**
 * What the chain store needs to know about the seal format, and no more: the store keeps each seal
 * as its canonical JSON text and asks the codec to read it. Implemented over the seal format of
 * {@code ai.attested.bundle.seal}; the store never parses seal JSON itself.
 */
public interface SealCodec {

    /**
     * Reads one seal's JSON text: checks that it is a well-formed seal in canonical form, recomputes
     * its {@code seal_hash} and, when {@code checkSignature}, verifies its signature under
     * {@code operatorPublicKey} (raw 32-byte Ed25519 key).
     *
     * @throws ai.attested.app.AppException with code {@code SEAL_MALFORMED}, {@code SEAL_NOT_CANONICAL},
     *     {@code SEAL_HASH_MISMATCH}, {@code SEAL_SIGNER_MISMATCH} or {@code SEAL_SIGNATURE_INVALID}
     */
    SealFacts read(String json, byte[] operatorPublicKey, boolean checkSignature);
}
