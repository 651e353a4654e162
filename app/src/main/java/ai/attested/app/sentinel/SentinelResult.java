package ai.attested.app.sentinel;

import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.ReasonCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a run ended.
 *
 * @param enforcedAction the last ENFORCED action, if any drift was enforced
 * @param driftReason    the reason of the last DRIFT_DETECTED, if any
 * @param subjectPid     the subject's root process, if one was started
 * @param subjectPids    the pids enforcement acted on (killed or suspended), root first
 * @param subjectSuspended true when the run ended with the subject tree still suspended (QUARANTINE)
 */
public record SentinelResult(String runId, Path runDir, Path bundle, long receiptCount, SentinelState finalState,
                             Optional<Action> enforcedAction, Optional<ReasonCode> driftReason,
                             Optional<Long> subjectPid, List<Long> subjectPids, boolean subjectSuspended) {
    public SentinelResult {
        subjectPids = List.copyOf(subjectPids);
    }
}
