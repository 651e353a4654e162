package ai.attested.app.cli;

import ai.attested.app.sentinel.measure.ChangeDetection;
import ai.attested.app.sentinel.measure.FolderMonitor;
import ai.attested.app.sentinel.measure.Snapshot;
import ai.attested.app.sentinel.measure.SubjectTree;
import ai.attested.app.sentinel.policy.LoadedPolicy;
import ai.attested.app.sentinel.policy.PolicyLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code svault policy check}: one full measurement of the folder against the policy's baseline, no run, no receipts. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Verify the policy, rehash every file once and compare with the baseline (exit 0 same, 1 drift).")
final class PolicyCheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "The signed policy.")
    Path policy;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Subject manifest (default: beside the policy).")
    Path manifest;

    @Option(names = "--watch", paramLabel = "DIR", description = "The folder (default: the one the policy names).")
    Path watch;

    @Override
    public Integer call() {
        LoadedPolicy p = PolicyLoader.load(policy, Optional.ofNullable(manifest), Optional.ofNullable(watch));
        Snapshot s;
        try (FolderMonitor m = new FolderMonitor(new SubjectTree(p.watchRoot(), p.watch().include()), p.files(),
                p.watch().newFilesAreDrift(), ChangeDetection.rehashEveryTick())) {
            s = m.measure();
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("policy " + p.policyId() + ": " + p.files().size() + " files in " + p.watchRoot());
        if (s.matchesBaseline()) {
            w.println("OK: every file matches the baseline (composite " + p.baselineComposite() + ")");
            return ExitCodes.PASS;
        }
        s.changed().forEach(f -> w.println("CHANGED " + f));
        s.missing().forEach(f -> w.println("MISSING " + f));
        s.newFiles().forEach(f -> w.println("NEW     " + f));
        w.println("DRIFT: " + s.mismatchedPaths().size() + " paths differ from the baseline");
        return ExitCodes.FAIL;
    }
}
