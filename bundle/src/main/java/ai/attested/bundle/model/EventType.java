package ai.attested.bundle.model;

/** Receipt event types (seed 004 §6.3), in lifecycle order. */
public enum EventType {
    POLICY_LOADED,
    MEASUREMENT_OK,
    DRIFT_DETECTED,
    ENFORCED,
    BUNDLE_EXPORTED
}
