package ai.attested.bundle.model;

/** Receipt {@code decision.action} values (seed 004 §6.3); {@code NONE} only outside ENFORCED. */
public enum Action {
    CONTINUE,
    QUARANTINE,
    KILL,
    NONE
}
