package ai.attested.verifier.seal;

/** Codes of VerifiedBundle verification beyond the seal codes of {@code ai.attested.bundle.seal.SealCodes}. */
public final class SealBundleCodes {
    public static final String BUNDLE_MANIFEST_INVALID = "BUNDLE_MANIFEST_INVALID";
    public static final String BUNDLE_SIGNATURE_INVALID = "BUNDLE_SIGNATURE_INVALID";
    public static final String BUNDLE_CHECKSUM_MISMATCH = "BUNDLE_CHECKSUM_MISMATCH";
    public static final String BUNDLE_UNEXPECTED_FILE = "BUNDLE_UNEXPECTED_FILE";
    public static final String SEAL_MISSING = "SEAL_MISSING";
    public static final String SEAL_SCHEMA_INVALID = "SEAL_SCHEMA_INVALID";
    public static final String SEAL_VAULT_MISMATCH = "SEAL_VAULT_MISMATCH";
    public static final String FOLDER_LISTING_MISMATCH = "FOLDER_LISTING_MISMATCH";
    public static final String CHAIN_LINK_MISMATCH = "CHAIN_LINK_MISMATCH";
    public static final String CHECKPOINT_SIGNATURE_INVALID = "CHECKPOINT_SIGNATURE_INVALID";
    public static final String INCLUSION_PROOF_INVALID = "INCLUSION_PROOF_INVALID";
    public static final String FILE_HASH_MISMATCH = "FILE_HASH_MISMATCH";
    public static final String ORIGINAL_UNREADABLE = "ORIGINAL_UNREADABLE";
    /** Caveat: no checkpoint in the bundle covers the seal yet. */
    public static final String NO_CHECKPOINT = "NO_CHECKPOINT";
    /**
     * Caveat: the folder hashes as sealed, but the paths its package hash does not cover (symbolic
     * links, special files, seed 003 exclusions) differ from the sealed listing (docs/decisions/0090).
     */
    public static final String FOLDER_SKIPPED_CHANGED = "FOLDER_SKIPPED_CHANGED";

    private SealBundleCodes() {
    }
}
