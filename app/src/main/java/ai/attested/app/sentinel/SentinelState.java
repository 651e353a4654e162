package ai.attested.app.sentinel;

import java.util.EnumSet;
import java.util.Set;

/**
 * The sentinel lifecycle of seed 004 §8: INIT → POLICY_LOADED → MONITORING → DRIFT_DETECTED →
 * ENFORCED → BUNDLED → (VERIFIED). Two resolutions (docs/decisions/0054-sentinel-run-and-resume.md):
 * ENFORCED returns to MONITORING when the action was CONTINUE ("keep monitoring"), and MONITORING
 * may go straight to BUNDLED when the operator stops a run that saw no drift (Ctrl-C exports).
 */
public enum SentinelState {
    INIT,
    POLICY_LOADED,
    MONITORING,
    DRIFT_DETECTED,
    ENFORCED,
    BUNDLED,
    VERIFIED;

    /** The states this one may move to. */
    public Set<SentinelState> next() {
        return switch (this) {
            case INIT -> EnumSet.of(POLICY_LOADED);
            case POLICY_LOADED -> EnumSet.of(MONITORING);
            case MONITORING -> EnumSet.of(DRIFT_DETECTED, BUNDLED);
            case DRIFT_DETECTED -> EnumSet.of(ENFORCED);
            case ENFORCED -> EnumSet.of(MONITORING, BUNDLED);
            case BUNDLED -> EnumSet.of(VERIFIED);
            case VERIFIED -> EnumSet.noneOf(SentinelState.class);
        };
    }

    /** Throws IllegalStateException for a transition §8 does not allow (a programming error). */
    public SentinelState moveTo(SentinelState target) {
        if (!next().contains(target)) {
            throw new IllegalStateException("sentinel state " + this + " cannot move to " + target);
        }
        return target;
    }
}
