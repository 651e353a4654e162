package ai.attested.app.sentinel.golden;

import ai.attested.app.sentinel.SentinelResult;
import ai.attested.verifier.VerificationReport;
import java.nio.file.Path;

/**
 * What a golden run produced: the sentinel's result (bundle, run directory, enforcement), the
 * policy, the drift target, where the key came from, and the offline verification of the bundle.
 */
public record GoldenRunResult(SentinelResult sentinel, Path policyFile, String driftTarget, String keyDescription,
                              VerificationReport report) {
    public Path bundle() {
        return sentinel.bundle();
    }
}
