package ai.attested.bundle.model;

/** Keys of the policy's {@code enforcement_mapping} (seed 004 §6.1). */
public enum EnforcementTrigger {
    DRIFT_DETECTED,
    TTL_EXPIRED,
    SIGNATURE_INVALID
}
