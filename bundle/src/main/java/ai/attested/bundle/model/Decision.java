package ai.attested.bundle.model;

import java.util.Objects;

/** A receipt's {@code decision} (seed 004 §6.3). */
public record Decision(Action action, ReasonCode reasonCode, String details) {
    public Decision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(details, "details");
    }

    /** Action NONE, reason OK: what POLICY_LOADED, MEASUREMENT_OK and BUNDLE_EXPORTED carry. */
    public static Decision ok(String details) {
        return new Decision(Action.NONE, ReasonCode.OK, details);
    }
}
