package ai.attested.verifier;

/**
 * Error codes of the MVP-LOCAL verifier: seed 004 §10 exactly, DESIGN.md §2.2's additions, and the
 * ones docs/decisions/0030 adds for what the spec leaves open. The ZIP reader's codes
 * ({@code ai.attested.bundle.zip.ZipError}) are reported under their own names in V1.
 */
public final class Codes {
    // V1: the archive itself (besides ZipError).
    public static final String BUNDLE_KIND_UNKNOWN = "BUNDLE_KIND_UNKNOWN";
    // V2: files and the manifest.
    public static final String BUNDLE_CHECKSUM_MISMATCH = "BUNDLE_CHECKSUM_MISMATCH";
    public static final String BUNDLE_UNKNOWN_FILE = "BUNDLE_UNKNOWN_FILE";
    public static final String BUNDLE_SIGNATURE_INVALID = "BUNDLE_SIGNATURE_INVALID";
    public static final String MANIFEST_SCHEMA_INVALID = "MANIFEST_SCHEMA_INVALID";
    // V3: the policy artifact.
    public static final String POLICY_SCHEMA_INVALID = "POLICY_SCHEMA_INVALID";
    public static final String POLICY_ID_MISMATCH = "POLICY_ID_MISMATCH";
    public static final String POLICY_SIGNATURE_INVALID = "POLICY_SIGNATURE_INVALID";
    // V4: each receipt.
    public static final String RECEIPT_SCHEMA_INVALID = "RECEIPT_SCHEMA_INVALID";
    public static final String RECEIPT_ID_MISMATCH = "RECEIPT_ID_MISMATCH";
    public static final String RECEIPT_HASH_MISMATCH = "RECEIPT_HASH_MISMATCH";
    public static final String RECEIPT_SIGNATURE_INVALID = "RECEIPT_SIGNATURE_INVALID";
    // V5: the chain.
    public static final String COUNTER_GAP = "COUNTER_GAP";
    public static final String CHAIN_PREV_HASH_MISMATCH = "CHAIN_PREV_HASH_MISMATCH";
    public static final String CHAIN_HEAD_MISMATCH = "CHAIN_HEAD_MISMATCH";
    public static final String CHAIN_HEAD_SCHEMA_INVALID = "CHAIN_HEAD_SCHEMA_INVALID";
    public static final String RUN_ID_MISMATCH = "RUN_ID_MISMATCH";
    // V6: consistency with the policy and the subject.
    public static final String POLICY_MISMATCH = "POLICY_MISMATCH";
    public static final String SUBJECT_SCHEMA_INVALID = "SUBJECT_SCHEMA_INVALID";
    public static final String SUBJECT_MISMATCH = "SUBJECT_MISMATCH";
    public static final String REQUIRED_EVENT_MISSING = "REQUIRED_EVENT_MISSING";
    // V7: drift, enforcement and lifecycle.
    public static final String ENFORCEMENT_POLICY_MISMATCH = "ENFORCEMENT_POLICY_MISMATCH";
    public static final String LIFECYCLE_VIOLATION = "LIFECYCLE_VIOLATION";

    private Codes() {}
}
