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
 * @param subjectPids    the subject's process tree as last seen (killed or suspended pids after enforcement)
 */
public record SentinelResult(String runId, Path runDir, Path bundle, long receiptCount, SentinelState finalState,
                             Optional<Action> enforcedAction, Optional<ReasonCode> driftReason,
                             List<Long> subjectPids, boolean subjectSuspended) {
    public SentinelResult {
        subjectPids = List.copyOf(subjectPids);
    }
}
