package ai.attested.bundle.seal;

/** Finding and caveat codes of seal verification (docs/FORMATS.md §6). */
public final class SealCodes {
    /** Recomputed {@code seal_hash} differs from the stored one. */
    public static final String SEAL_HASH_MISMATCH = "SEAL_HASH_MISMATCH";
    /** {@code signer.key_id} is not the id of {@code signer.public_key}. */
    public static final String SEAL_KEY_ID_MISMATCH = "SEAL_KEY_ID_MISMATCH";
    /** The statement signature does not verify under the public key (or the key is not a valid Ed25519 point). */
    public static final String SEAL_SIGNATURE_INVALID = "SEAL_SIGNATURE_INVALID";
    /** The seal was signed by a key other than the one the verifier was told to expect. */
    public static final String SEAL_KEY_UNEXPECTED = "SEAL_KEY_UNEXPECTED";
    /** The RFC 3161 token cannot be parsed, is not over this seal hash, or its signature fails. */
    public static final String TSA_TOKEN_INVALID = "TSA_TOKEN_INVALID";
    /** The token's message imprint is not the seal hash. */
    public static final String TSA_IMPRINT_MISMATCH = "TSA_IMPRINT_MISMATCH";
    /** tsa_time, tsa_policy or tsa_serial in the seal differ from the token's. */
    public static final String TSA_FIELDS_MISMATCH = "TSA_FIELDS_MISMATCH";
    /**
     * The verifier was given TSA pins ({@code --trust-tsa}) and the token verifies, but under a
     * certificate whose SHA-256 is none of them (docs/decisions/0100-tsa-trust-pins.md).
     */
    public static final String TSA_CERT_NOT_TRUSTED = "TSA_CERT_NOT_TRUSTED";

    /** Caveat: the only time is the sealing machine's clock. */
    public static final String DEVICE_TIME_ONLY = "DEVICE_TIME_ONLY";
    /** Caveat: the token verifies under the certificate it carries, but nothing anchors trust in that certificate. */
    public static final String TSA_CERT_UNVERIFIED = "TSA_CERT_UNVERIFIED";

    private SealCodes() {
    }
}
