package ai.attested.bundle.model;

/** Receipt {@code decision.reason_code} values (seed 004 §6.3). */
public enum ReasonCode {
    OK,
    HASH_MISMATCH_FILE,
    TTL_EXPIRED,
    SIGNATURE_INVALID,
    SUBJECT_MISSING,
    POLICY_MISMATCH;

    /**
     * The {@code enforcement_mapping} key that decides the action for a drift with this reason
     * (docs/decisions/0031): file and subject drift map to DRIFT_DETECTED, TTL expiry to TTL_EXPIRED,
     * signature and policy problems to SIGNATURE_INVALID. {@code OK} is not a drift reason.
     */
    public EnforcementTrigger trigger() {
        switch (this) {
            case HASH_MISMATCH_FILE:
            case SUBJECT_MISSING:
                return EnforcementTrigger.DRIFT_DETECTED;
            case TTL_EXPIRED:
                return EnforcementTrigger.TTL_EXPIRED;
            case SIGNATURE_INVALID:
            case POLICY_MISMATCH:
                return EnforcementTrigger.SIGNATURE_INVALID;
            default:
                throw new IllegalStateException("OK is not a drift reason");
        }
    }
}
