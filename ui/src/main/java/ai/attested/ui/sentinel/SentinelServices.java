package ai.attested.ui.sentinel;

import ai.attested.app.sentinel.Sentinel;
import ai.attested.app.sentinel.SentinelListener;
import ai.attested.app.sentinel.golden.GoldenRun;
import ai.attested.app.sentinel.policy.MintRequest;
import ai.attested.app.sentinel.policy.PolicyMinter;
import java.nio.file.Path;
import java.util.List;

/** The sentinel calls the view makes; Workbench implements them over app.sentinel with the operator's key. */
public interface SentinelServices {
    /** {@code svault policy create}: signs the policy and its subject manifest with the operator key. */
    PolicyMinter.Minted mint(MintRequest request);

    /** {@code svault sentinel}: a run of the policy, optionally governing {@code command}. */
    Sentinel open(Path policyFile, List<String> command, Path runDir, Path bundleOut, SentinelListener listener);

    /** {@code svault golden-run}: the demo folder, demo subject, injected drift, KILL, bundle, verification. */
    GoldenRun goldenRun(Path outDir, SentinelListener listener);

    /** A new folder for one run's files (policy, receipts, bundle) inside the vault folder. */
    Path newRunFolder(String kind);
}
