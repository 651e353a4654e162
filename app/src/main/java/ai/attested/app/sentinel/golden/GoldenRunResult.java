package ai.attested.app.sentinel.golden;

import ai.attested.app.sentinel.SentinelResult;
import java.nio.file.Path;

/** What a golden run produced: the sentinel's result (bundle, run directory, enforcement), the policy, the drift target. */
public record GoldenRunResult(SentinelResult sentinel, Path policyFile, String driftTarget, String keyDescription) {
    public Path bundle() {
        return sentinel.bundle();
    }
}
