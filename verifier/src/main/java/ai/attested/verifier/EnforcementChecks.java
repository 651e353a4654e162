package ai.attested.verifier;

import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.ReasonCode;
import java.time.Instant;
import java.util.List;

/**
 * V7: drift and enforcement follow the policy and the sentinel's lifecycle (seed 004 §8,
 * DESIGN.md §2.2): every DRIFT_DETECTED (action NONE, a drift reason) is followed at once by
 * ENFORCED with the mapped action and the same reason; ENFORCED only follows a drift; the run
 * starts with POLICY_LOADED and nothing follows BUNDLE_EXPORTED.
 */
final class EnforcementChecks {
    private final Context ctx;

    EnforcementChecks(Context ctx) {
        this.ctx = ctx;
    }

    void check() {
        List<ReceiptSummary> chain = ctx.chain;
        long expires = ctx.policy == null || !ctx.policy.ttlEnabled() ? Long.MAX_VALUE
                : Instant.parse(ctx.policy.ttlExpiresAt().get()).toEpochMilli();
        ReceiptSummary lastValid = null;
        for (int i = 0; i < chain.size(); i++) {
            ReceiptSummary s = chain.get(i);
            checkLifecycle(s, i, chain.size());
            checkTime(s, lastValid, expires);
            lastValid = s.valid ? s : lastValid;
            switch (s.eventType) {
                case DRIFT_DETECTED:
                    checkDrift(s, i + 1 < chain.size() ? chain.get(i + 1) : null);
                    break;
                case ENFORCED:
                    if (i == 0 || chain.get(i - 1).eventType != EventType.DRIFT_DETECTED) {
                        ctx.add(7, Codes.ENFORCEMENT_POLICY_MISMATCH, s.path, "ENFORCED does not follow a DRIFT_DETECTED receipt.");
                    }
                    break;
                default:
                    if (s.action != Action.NONE || s.reason != ReasonCode.OK) {
                        ctx.add(7, Codes.ENFORCEMENT_POLICY_MISMATCH, s.path,
                                s.eventType + " must carry action NONE and reason OK.");
                    }
            }
        }
    }

    private void checkLifecycle(ReceiptSummary s, int i, int n) {
        if (i == 0 && s.eventType != EventType.POLICY_LOADED) {
            ctx.add(7, Codes.LIFECYCLE_VIOLATION, s.path, "The run does not start with POLICY_LOADED.");
        } else if (i > 0 && s.eventType == EventType.POLICY_LOADED) {
            ctx.add(7, Codes.LIFECYCLE_VIOLATION, s.path, "POLICY_LOADED appears again in the middle of the run.");
        }
        if (s.eventType == EventType.BUNDLE_EXPORTED && i != n - 1) {
            ctx.add(7, Codes.LIFECYCLE_VIOLATION, s.path, "Receipts follow BUNDLE_EXPORTED, which must be the last.");
        }
    }

    /**
     * Seed 004 §8: POLICY_LOADED only inside the policy's time window, drift on TTL expiry (so no
     * MEASUREMENT_OK once it expired), and a run's clock never goes backwards (docs/decisions/0090).
     * Only validly signed receipts are compared in time: a bad one is already a failure.
     */
    private void checkTime(ReceiptSummary s, ReceiptSummary lastValid, long expires) {
        if (s.valid && lastValid != null && s.timeMillis < lastValid.timeMillis) {
            ctx.add(7, Codes.LIFECYCLE_VIOLATION, s.path, "The receipt's timestamp is earlier than receipt #" + lastValid.counter + "'s.");
        }
        if ((s.eventType == EventType.POLICY_LOADED || s.eventType == EventType.MEASUREMENT_OK) && s.timeMillis >= expires) {
            ctx.add(7, Codes.LIFECYCLE_VIOLATION, s.path, s.eventType + " at or after the policy's TTL expiry "
                    + ctx.policy.ttlExpiresAt().get() + "; an expired policy must drift with TTL_EXPIRED.");
        }
    }

    private void checkDrift(ReceiptSummary drift, ReceiptSummary next) {
        if (drift.action != Action.NONE || drift.reason == ReasonCode.OK) {
            ctx.add(7, Codes.ENFORCEMENT_POLICY_MISMATCH, drift.path,
                    "DRIFT_DETECTED must carry action NONE and a drift reason.");
            return;
        }
        if (next == null || next.eventType != EventType.ENFORCED || next.counter != drift.counter + 1) {
            ctx.add(7, Codes.ENFORCEMENT_POLICY_MISMATCH, drift.path, "DRIFT_DETECTED is not followed at once by ENFORCED.");
            return;
        }
        Action mapped = ctx.policy == null ? null : ctx.policy.actionFor(drift.reason.trigger());
        if (next.reason != drift.reason) {
            ctx.add(7, Codes.ENFORCEMENT_POLICY_MISMATCH, next.path, "ENFORCED carries another reason than the drift it answers.");
        } else if (mapped != null && next.action != mapped) {
            ctx.add(7, Codes.ENFORCEMENT_POLICY_MISMATCH, next.path, "ENFORCED took " + next.action + " but the policy maps "
                    + drift.reason.trigger() + " to " + mapped + ".");
        }
    }
}
