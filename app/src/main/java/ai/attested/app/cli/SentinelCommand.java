package ai.attested.app.cli;

import ai.attested.app.AppException;
import ai.attested.app.sentinel.Sentinel;
import ai.attested.app.sentinel.SentinelConfig;
import ai.attested.app.sentinel.SentinelResult;
import ai.attested.app.sentinel.SentinelResume;
import ai.attested.app.sentinel.Timestamps;
import ai.attested.app.sentinel.policy.SigningKeys;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code svault sentinel}: runs a subject under a signed policy, or closes an interrupted run with --resume. */
@Command(name = "sentinel", mixinStandardHelpOptions = true,
        description = {"Watch a folder under a signed policy, govern a subject process, write signed receipts as they",
                "happen, enforce on drift, and export the evidence bundle. Ctrl-C stops and exports.",
                "The subject is --subject-cmd 'COMMAND' (run by sh -c) or the words after --."})
public final class SentinelCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--policy", paramLabel = "FILE", description = "The signed policy.")
    Path policy;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Subject manifest (default: subject_manifest.json beside the policy).")
    Path manifest;

    @Option(names = "--watch", paramLabel = "DIR", description = "The watched folder (default: the one the policy names).")
    Path watch;

    @Option(names = "--subject-cmd", paramLabel = "COMMAND", description = "The governed subject, run with sh -c.")
    String subjectCmd;

    @Parameters(arity = "0..*", paramLabel = "SUBJECT", description = "The governed subject as words (after --).")
    List<String> subjectWords = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "The evidence bundle to write (with --resume: default as recorded).")
    Path out;

    @Option(names = "--run-dir", paramLabel = "DIR", description = "Where receipts are written as they happen (default: OUT.run).")
    Path runDir;

    @Option(names = "--resume", paramLabel = "RUNDIR", description = "Close an interrupted run into a bundle instead of starting one.")
    Path resume;

    @Option(names = "--max-ticks", defaultValue = "0", description = "Stop and export after this many ticks (0: until Ctrl-C or enforcement).")
    long maxTicks;

    @Option(names = "--fixed-clock", paramLabel = "ISO", description = "Simulated clock from this instant (tests and demos).")
    String fixedClock;

    @Option(names = "--quiet-ticks", description = "Do not print MEASUREMENT_OK receipts.")
    boolean quietTicks;

    @Mixin
    KeyOptions keys;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        SigningKeys.Resolved key = SigningKeys.resolve(keys.choice(), System.getenv());
        ReceiptPrinter printer = new ReceiptPrinter(w, quietTicks);
        if (resume != null) {
            SentinelResult r = SentinelResume.resume(resume, Optional.ofNullable(out), key, printer);
            w.println("closed run " + r.runId() + ": " + r.receiptCount() + " receipts -> " + r.bundle());
            return ExitCodes.PASS;
        }
        if (policy == null || out == null) {
            throw new AppException("ARGUMENT_MISSING", "Give --policy FILE and --out bundle.zip (or --resume RUNDIR).");
        }
        if (subjectCmd != null && !subjectWords.isEmpty()) {
            throw new AppException("SUBJECT_OPTIONS_CONFLICT", "Give the subject with --subject-cmd or after --, not both.");
        }
        List<String> subject = subjectCmd != null ? List.of("sh", "-c", subjectCmd) : subjectWords;
        Path dir = runDir != null ? runDir : out.toAbsolutePath().resolveSibling(out.getFileName() + ".run");
        SentinelConfig config = SentinelConfig.of(policy, out, dir, key)
                .withWatch(Optional.ofNullable(watch), Optional.ofNullable(manifest))
                .withSubject(subject)
                .withMaxTicks(maxTicks)
                .withSimulatedStart(Optional.ofNullable(fixedClock).map(t -> Timestamps.parse(t, "FIXED_CLOCK_INVALID")));
        Sentinel sentinel = Sentinel.open(config, printer);
        w.println("sentinel: policy " + sentinel.policy().policyId() + ", watching " + sentinel.policy().watchRoot()
                + ", receipts in " + dir.toAbsolutePath());
        w.flush();
        Thread hook = new Thread(() -> {
            sentinel.stop(); // Ctrl-C: stop, append BUNDLE_EXPORTED, write the bundle, then let the JVM exit
            try {
                sentinel.awaitFinished(Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "svault-sentinel-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        SentinelResult r = sentinel.run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running: it waits for this run, which has just finished
        }
        w.println("run " + r.runId() + " ended in " + r.finalState() + ": " + r.receiptCount() + " receipts -> " + r.bundle());
        r.enforcedAction().ifPresent(a -> w.println("enforcement: " + a + " (" + r.driftReason().map(Enum::name).orElse("") + ")"));
        return ExitCodes.PASS;
    }
}
