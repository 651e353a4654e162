package ai.attested.app.sentinel.golden;

import ai.attested.app.AppException;
import ai.attested.app.sentinel.Sentinel;
import ai.attested.app.sentinel.SentinelConfig;
import ai.attested.app.sentinel.SentinelListener;
import ai.attested.app.sentinel.SentinelResult;
import ai.attested.app.sentinel.SentinelState;
import ai.attested.app.sentinel.measure.Snapshot;
import ai.attested.app.sentinel.policy.MintRequest;
import ai.attested.app.sentinel.policy.PolicyMinter;
import ai.attested.app.sentinel.policy.SigningKeys;
import ai.attested.app.sentinel.process.ProcessTree;
import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.Receipt;
import ai.attested.verifier.Verification;
import ai.attested.verifier.VerificationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The golden run of seed 004 §3, end to end: (1) mint a policy over a demo folder, (2) start a
 * real subject process under the sentinel, (3) inject deterministic drift after N clean ticks,
 * (4) observe the mapped enforcement, (5) export the evidence bundle, then verify it offline and
 * report. A desktop view calls {@link #run} on a worker thread and {@link #cancel} from its UI;
 * the listener receives every receipt, state change and step as it happens.
 */
public final class GoldenRun {
    static final String MARKER = ".svault-golden-run";
    static final List<String> OWN_ENTRIES = List.of(MARKER, "subject", "run", "policy.json",
            MintRequest.DEFAULT_MANIFEST_NAME, "bundle.zip", "bundle-verifier");

    private final GoldenRunOptions options;
    private final SentinelListener listener;
    private final Map<String, String> env;
    private volatile Sentinel sentinel;
    private volatile boolean cancelled;

    public GoldenRun(GoldenRunOptions options, SentinelListener listener, Map<String, String> env) {
        this.options = options;
        this.listener = listener;
        this.env = Map.copyOf(env);
    }

    /** Stops the run early; it still exports what it has. */
    public void cancel() {
        cancelled = true;
        Sentinel s = sentinel;
        if (s != null) {
            s.stop();
        }
    }

    public GoldenRunResult run() {
        Path out = options.outDir().toAbsolutePath().normalize();
        prepare(out);
        Instant start = options.fixedClock().orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.MILLIS));
        SigningKeys.Resolved key = SigningKeys.resolveOrEphemeral(options.key(), env);
        listener.onNote("signing key: " + key.description());
        if (options.fixedClock().isPresent() && !key.testKey() && options.key().keyFile().isEmpty()) {
            listener.onNote("note: a fresh key signs this run, so its bundle differs from any other run's; add --test-key for byte-identical bundles");
        }

        Path subject = out.resolve("subject");
        DemoSubject.create(subject, options.subjectSource(), start);
        Action onSignature = options.driftAction() == Action.CONTINUE ? Action.KILL : options.driftAction();
        MintRequest mint = MintRequest.defaults(subject, out.resolve("policy.json"), start)
                .withIntervalMs(options.intervalMs())
                .withMapping(options.driftAction(), options.driftAction(), onSignature);
        PolicyMinter.Minted minted = PolicyMinter.mint(mint, key.key());
        listener.onNote("1/5 policy minted: " + minted.policyFile() + " (policy_id " + minted.policy().policyId() + ")");
        String driftTarget = options.subjectSource().isEmpty() ? DemoSubject.DRIFT_TARGET
                : minted.policy().measurementSet().getFirst().path();

        SentinelConfig config = SentinelConfig.of(minted.policyFile(), out.resolve("bundle.zip"), out.resolve("run"), key)
                .withSubject(DemoSubject.command())
                .withSimulatedStart(options.fixedClock())
                .withMaxTicks(options.ticksBeforeDrift() + 40L); // a bound, should detection ever fail
        Driver driver = new Driver(driftTarget);
        sentinel = Sentinel.open(config, driver);
        if (cancelled) {
            throw new AppException("GOLDEN_RUN_CANCELLED", "The golden run was cancelled before it started.");
        }
        listener.onNote("2/5 run started under the sentinel (interval " + options.intervalMs() + " ms"
                + (options.fixedClock().isPresent() ? ", simulated clock from " + options.fixedClock().get() : "") + ")");
        SentinelResult result = sentinel.run();
        listener.onNote("5/5 evidence bundle exported: " + result.bundle());
        if (result.subjectSuspended()) {
            // A demo subject has nothing to inspect: end the quarantined tree so no stopped process is left behind.
            result.subjectPid().flatMap(ProcessHandle::of)
                    .ifPresent(h -> ProcessTree.forThisPlatform().kill(h, Duration.ofSeconds(10)));
            listener.onNote("demo cleanup: the quarantined demo subject was ended after the run");
        }
        VerificationReport report = Verification.verify(result.bundle());
        listener.onNote("verified offline: overall " + report.verdict());
        return new GoldenRunResult(result, minted.policyFile(), driftTarget, key.description(), report);
    }

    /** Feeds the sentinel's reports to the caller and drives the demo: inject after N clean ticks, stop after CONTINUE. */
    private final class Driver implements SentinelListener {
        private final String driftTarget;
        private int cleanTicks;
        private boolean injected;

        Driver(String driftTarget) {
            this.driftTarget = driftTarget;
        }

        @Override
        public void onReceipt(Receipt r) {
            listener.onReceipt(r);
            if (r.eventType() == EventType.MEASUREMENT_OK && !injected && ++cleanTicks == options.ticksBeforeDrift()) {
                injected = true;
                sentinel.injectDrift(Optional.of(driftTarget));
                listener.onNote("3/5 drift injected into " + driftTarget + " after " + cleanTicks + " clean ticks");
            }
            if (r.eventType() == EventType.ENFORCED) {
                listener.onNote("4/5 enforcement observed: " + r.decision().action() + " for " + r.decision().reasonCode());
                if (r.decision().action() == Action.CONTINUE) {
                    sentinel.stop();
                }
            }
        }

        @Override
        public void onState(SentinelState from, SentinelState to) {
            listener.onState(from, to);
        }

        @Override
        public void onSnapshot(Snapshot snapshot) {
            listener.onSnapshot(snapshot);
        }

        @Override
        public void onNote(String message) {
            listener.onNote(message);
        }
    }

    /** An empty folder, or one a previous golden run wrote (recognised by its marker), is (re)used. */
    private static void prepare(Path out) {
        try {
            if (Files.isDirectory(out)) {
                boolean ours = Files.exists(out.resolve(MARKER));
                try (Stream<Path> s = Files.list(out)) {
                    List<Path> entries = s.toList();
                    if (!entries.isEmpty() && !ours) {
                        throw new AppException("GOLDEN_RUN_OUT_NOT_EMPTY", out + " is not empty and not a previous golden run; choose an empty or new folder.");
                    }
                    for (Path e : entries) {
                        if (!OWN_ENTRIES.contains(e.getFileName().toString())) {
                            throw new AppException("GOLDEN_RUN_OUT_NOT_EMPTY", out + " holds " + e.getFileName()
                                    + ", which a golden run did not write; choose an empty or new folder.");
                        }
                    }
                    for (Path e : entries) {
                        deleteTree(e);
                    }
                }
            }
            Files.createDirectories(out);
            Files.writeString(out.resolve(MARKER), "written by svault golden-run; the next golden run may replace this folder\n");
        } catch (IOException e) {
            throw new AppException("GOLDEN_RUN_OUT_FAILED", "The output folder " + out + " could not be prepared: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(x);
                }
            }
        } else {
            Files.deleteIfExists(p);
        }
    }
}
