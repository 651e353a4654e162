package ai.attested.app.sentinel;

import ai.attested.app.AppException;
import ai.attested.app.sentinel.measure.ChangeDetection;
import ai.attested.app.sentinel.measure.FolderMonitor;
import ai.attested.app.sentinel.measure.Snapshot;
import ai.attested.app.sentinel.measure.SubjectTree;
import ai.attested.app.sentinel.policy.LoadedPolicy;
import ai.attested.app.sentinel.policy.PolicyLoader;
import ai.attested.app.sentinel.process.ProcessTree;
import ai.attested.app.sentinel.run.BundleExport;
import ai.attested.app.sentinel.run.Drift;
import ai.attested.app.sentinel.run.DriftCheck;
import ai.attested.app.sentinel.run.ReceiptChain;
import ai.attested.app.sentinel.run.RunDirectory;
import ai.attested.app.sentinel.run.RunIds;
import ai.attested.app.sentinel.run.RunRecord;
import ai.attested.app.sentinel.run.SentinelClock;
import ai.attested.app.sentinel.run.SubjectGuard;
import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.Decision;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.Measurement;
import ai.attested.bundle.model.Receipt;
import ai.attested.crypto.json.PrettyJson;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The sentinel (seed 004 §8): loads a verified policy, governs a subject process, measures the
 * watched folder every interval, emits signed receipts to a run directory as they happen, enforces
 * the mapped action on drift, and exports the evidence bundle. {@link #open} refuses a policy that
 * does not verify or whose time window is closed, before any receipt exists. {@link #run} blocks
 * (call it on a worker thread from a UI); {@link #stop} and {@link #injectDrift} may be called from
 * any thread. A Sentinel runs once.
 */
public final class Sentinel {
    private final SentinelConfig config;
    private final SentinelListener listener;
    private final LoadedPolicy policy;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile SentinelState state = SentinelState.INIT;
    private volatile Long subjectPid;

    private Sentinel(SentinelConfig config, SentinelListener listener, LoadedPolicy policy) {
        this.config = config;
        this.listener = listener;
        this.policy = policy;
    }

    /** Loads and checks everything a run needs; throws AppException (with a code) instead of starting. */
    public static Sentinel open(SentinelConfig config, SentinelListener listener) {
        LoadedPolicy p = PolicyLoader.load(config.policyFile(), config.manifestFile(), config.watchOverride());
        if (!p.issuerKey().equals(config.key().key().publicKey())) {
            throw new AppException("KEY_NOT_POLICY_ISSUER", "Receipts must be signed by the policy's issuer (key "
                    + p.policy().issuer().keyId() + "), but the key given is " + config.key().keyId() + ".");
        }
        PolicyLoader.checkWindow(p, config.simulatedStart().orElseGet(Instant::now));
        for (Path out : List.of(config.bundleOut().toAbsolutePath().normalize(), config.runDir().toAbsolutePath().normalize())) {
            if (out.startsWith(p.watchRoot())) {
                throw new AppException("OUTPUT_INSIDE_WATCHED_FOLDER", out + " is inside the watched folder, where it would itself be drift.");
            }
        }
        return new Sentinel(config, listener, p);
    }

    public LoadedPolicy policy() {
        return policy;
    }

    public SentinelState state() {
        return state;
    }

    /** The governed subject's root pid, once started. */
    public Optional<Long> subjectPid() {
        return Optional.ofNullable(subjectPid);
    }

    /** Asks the run to stop; it exports the bundle and {@link #run} returns. */
    public void stop() {
        stop.countDown();
    }

    /** Waits until {@link #run} has returned (or never started); true if it did within the timeout. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return !started.get() || finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Appends the drift mark to a measured file (default: the first of the measurement set); returns its path. */
    public String injectDrift(Optional<String> relativePath) {
        String path = relativePath.orElse(policy.files().getFirst().path());
        DriftInjector.inject(policy.watchRoot(), path);
        listener.onNote("drift injected into " + path);
        return path;
    }

    /** Runs from INIT to BUNDLED; returns how it ended. */
    public SentinelResult run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a Sentinel runs once");
        }
        try {
            return runOnce();
        } finally {
            finished.countDown();
        }
    }

    private SentinelResult runOnce() {
        Duration interval = Duration.ofMillis(policy.intervalMs());
        SentinelClock clock = config.simulatedStart().map(s -> SentinelClock.simulated(s, interval))
                .orElseGet(() -> SentinelClock.real(interval));
        PolicyLoader.checkWindow(policy, clock.now());
        String runId = clock.simulated() ? RunIds.derived(policy.policyId(), clock.start()) : RunIds.random();
        RunRecord record = new RunRecord(runId, policy.policyId(), policy.policyFile(), policy.watchRoot(),
                config.bundleOut().toAbsolutePath(), Timestamps.format(clock.start()), clock.simulated(), Optional.empty());
        RunDirectory run = RunDirectory.create(config.runDir().toAbsolutePath(), record, policy.policyBytes(),
                PrettyJson.bytes(policy.manifest().toJson()));
        ReceiptChain chain = ReceiptChain.start(run, runId, policy.policyId(), config.key().key());
        ChangeDetection detection = config.changeDetection().orElseGet(() -> clock.simulated()
                ? ChangeDetection.rehashEveryTick() : ChangeDetection.events(policy.intervalMs()));
        SubjectGuard guard = new SubjectGuard(ProcessTree.forThisPlatform(), listener::onNote);
        Tracker t = new Tracker(chain, new DriftCheck(policy));
        try (FolderMonitor monitor = new FolderMonitor(new SubjectTree(policy.watchRoot(), policy.watch().include()),
                policy.files(), policy.watch().newFilesAreDrift(), detection)) {
            move(SentinelState.POLICY_LOADED);
            t.emit(clock.now(), EventType.POLICY_LOADED, Decision.ok("policy verified; watching " + policy.files().size()
                    + " files every " + policy.intervalMs() + " ms"), Measurement.matching(policy.baselineComposite()));
            move(SentinelState.MONITORING);
            if (!monitor.eventsUnavailableReason().isEmpty()) {
                listener.onNote(monitor.eventsUnavailableReason() + "; comparing fingerprints every tick instead");
            }
            guard.start(config.subjectCommand(), run.dir(), run.subjectLog()).ifPresent(s -> {
                run.update(record.withSubject(new RunRecord.Subject(s.command(), s.pid(), s.startedAt().map(Instant::toString))));
                subjectPid = s.pid();
            });
            String ending = monitor(clock, monitor, guard, t);
            move(SentinelState.BUNDLED);
            Measurement m = t.lastSnapshot == null ? Measurement.matching(policy.baselineComposite())
                    : t.check.measurement(t.lastSnapshot);
            Receipt exported = t.emit(clock.now(), EventType.BUNDLE_EXPORTED, Decision.ok("bundle exported: " + ending), m);
            BundleExport.write(policy.policy(), policy.manifest(), run, config.key().key(), config.bundleOut(), exported.timestamp());
            listener.onNote("evidence bundle written: " + config.bundleOut().toAbsolutePath());
        } finally {
            guard.endOfRun();
        }
        return new SentinelResult(runId, run.dir(), config.bundleOut().toAbsolutePath(), chain.count(), state,
                Optional.ofNullable(t.lastAction), Optional.ofNullable(t.lastReason), guard.subject().map(s -> s.pid()),
                guard.lastPids(), guard.quarantined() && guard.subject().map(s -> s.treeAlive()).orElse(false));
    }

    /** The monitoring loop; returns why it ended (it goes into the BUNDLE_EXPORTED details). */
    private String monitor(SentinelClock clock, FolderMonitor monitor, SubjectGuard guard, Tracker t) {
        for (long tick = 1; ; tick++) {
            try {
                if (!clock.awaitTick(tick, stop)) {
                    return "run stopped on request";
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "run interrupted";
            }
            Snapshot s = monitor.measure();
            t.lastSnapshot = s;
            listener.onSnapshot(s);
            Instant now = clock.now();
            List<Drift> drifts = t.check.evaluate(now, s);
            if (drifts.isEmpty() && s.matchesBaseline()) {
                t.emit(now, EventType.MEASUREMENT_OK, Decision.ok("all " + policy.files().size()
                        + " measured files match the baseline"), Measurement.matching(policy.baselineComposite()));
            }
            for (Drift d : drifts) {
                move(SentinelState.DRIFT_DETECTED);
                t.lastReason = d.reason();
                t.emit(now, EventType.DRIFT_DETECTED, new Decision(Action.NONE, d.reason(), d.details()), d.measurement());
                Action action = policy.actionFor(d.reason());
                t.lastAction = action;
                switch (action) {
                    case CONTINUE -> {
                        t.emit(now, EventType.ENFORCED, new Decision(action, d.reason(), "continue: monitoring goes on"), d.measurement());
                        move(SentinelState.ENFORCED);
                        move(SentinelState.MONITORING);
                    }
                    case QUARANTINE -> {
                        String details = guard.quarantine();
                        t.emit(now, EventType.ENFORCED, new Decision(action, d.reason(), details), d.measurement());
                        move(SentinelState.ENFORCED);
                        return "closed after QUARANTINE";
                    }
                    case KILL -> {
                        t.emit(now, EventType.ENFORCED, new Decision(action, d.reason(), guard.killDetails()), d.measurement());
                        move(SentinelState.ENFORCED);
                        try {
                            return guard.kill() ? "closed after KILL; every process of the subject tree is confirmed gone"
                                    : "closed after KILL";
                        } catch (AppException e) {
                            listener.onNote(e.code() + ": " + e.getMessage());
                            return "closed after KILL, but " + e.code() + ": " + e.getMessage();
                        }
                    }
                    default -> throw new IllegalStateException("policy maps drift to " + action);
                }
            }
            if (config.maxTicks() > 0 && tick >= config.maxTicks()) {
                return "run ended after " + tick + " ticks";
            }
        }
    }

    private void move(SentinelState target) {
        SentinelState from = state;
        state = from.moveTo(target);
        listener.onState(from, target);
    }

    /** The chain plus what the run has seen so far. */
    private final class Tracker {
        final ReceiptChain chain;
        final DriftCheck check;
        Snapshot lastSnapshot;
        Action lastAction;
        ai.attested.bundle.model.ReasonCode lastReason;

        Tracker(ReceiptChain chain, DriftCheck check) {
            this.chain = chain;
            this.check = check;
        }

        Receipt emit(Instant at, EventType type, Decision decision, Measurement m) {
            Receipt r = chain.append(at, type, decision, m);
            listener.onReceipt(r);
            return r;
        }
    }
}
