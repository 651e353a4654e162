package ai.attested.app.sentinel;

import static ai.attested.bundle.model.EventType.BUNDLE_EXPORTED;
import static ai.attested.bundle.model.EventType.DRIFT_DETECTED;
import static ai.attested.bundle.model.EventType.ENFORCED;
import static ai.attested.bundle.model.EventType.MEASUREMENT_OK;
import static ai.attested.bundle.model.EventType.POLICY_LOADED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.sentinel.process.ProcState;
import ai.attested.app.sentinel.run.RunChainCheck;
import ai.attested.app.sentinel.run.RunDirectory;
import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.ReasonCode;
import ai.attested.bundle.model.Receipt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Each drift action on a real subject process tree (a shell, a background child, a heartbeat every 100 ms). */
@EnabledOnOs(OS.LINUX)
class SentinelEnforcementTest {
    static final List<String> HEARTBEAT = List.of("sh", "-c",
            "sleep 600 & while true; do echo beat >> hb.txt; sleep 0.1; done");

    @TempDir
    Path dir;
    SentinelFixture fx;
    Sentinel sentinel;
    final SentinelFixture.Recorder rec = new SentinelFixture.Recorder();
    final List<Long> tree = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        fx = new SentinelFixture(dir);
    }

    @AfterEach
    void cleanUp() {
        if (sentinel != null) {
            SentinelFixture.killQuietly(sentinel.subjectPid());
        }
    }

    /** After the second clean tick: wait for the subject's tree, then append the drift mark to model.txt. */
    private void injectAfterTwoCleanTicks() {
        rec.onReceipt = r -> {
            if (r.eventType() == MEASUREMENT_OK && rec.count(MEASUREMENT_OK) == 2) {
                try {
                    tree.addAll(SentinelFixture.awaitTree(sentinel.subjectPid().orElseThrow(), "sleep 600", dir.resolve("run/hb.txt")));
                } catch (InterruptedException | IOException e) {
                    throw new IllegalStateException(e);
                }
                sentinel.injectDrift(Optional.of("model.txt"));
            }
        };
    }

    @Test
    void killWritesTheEnforcedReceiptFirstThenEndsTheWholeTreeByPid() throws Exception {
        String policyId = fx.mint(Action.KILL).policy().policyId();
        injectAfterTwoCleanTicks();
        AtomicBoolean treeAliveWhenReceiptOnDisk = new AtomicBoolean();
        var before = rec.onReceipt;
        rec.onReceipt = r -> {
            before.accept(r);
            if (r.eventType() == ENFORCED) {
                Path file = dir.resolve("run/receipts").resolve(String.format("%010d.json", r.counter()));
                // the root shell and its long-lived child (the 0.1 s sleeps come and go on their own)
                long root = sentinel.subjectPid().orElseThrow();
                boolean childAlive = ProcessHandle.of(root).map(h -> h.children().anyMatch(c ->
                        c.info().commandLine().orElse("").contains("600"))).orElse(false);
                treeAliveWhenReceiptOnDisk.set(Files.exists(file) && ProcessHandle.of(root).map(ProcessHandle::isAlive).orElse(false)
                        && childAlive);
            }
        };
        sentinel = Sentinel.open(fx.simulated(20, HEARTBEAT), rec);
        SentinelResult result = sentinel.run();

        assertThat(rec.events()).containsExactly(POLICY_LOADED, MEASUREMENT_OK, MEASUREMENT_OK, DRIFT_DETECTED, ENFORCED, BUNDLE_EXPORTED);
        assertThat(rec.states).containsExactly("POLICY_LOADED", "MONITORING", "DRIFT_DETECTED", "ENFORCED", "BUNDLED");
        Receipt drift = rec.first(DRIFT_DETECTED);
        assertThat(drift.decision().action()).isEqualTo(Action.NONE);
        assertThat(drift.decision().reasonCode()).isEqualTo(ReasonCode.HASH_MISMATCH_FILE);
        assertThat(drift.measurement().mismatchedPaths()).containsExactly("model.txt");
        Receipt enforced = rec.first(ENFORCED);
        assertThat(enforced.counter()).isEqualTo(drift.counter() + 1);
        assertThat(enforced.decision().action()).isEqualTo(Action.KILL);
        assertThat(enforced.decision().reasonCode()).isEqualTo(ReasonCode.HASH_MISMATCH_FILE);
        assertThat(treeAliveWhenReceiptOnDisk).as("the tree was alive when the ENFORCED receipt was on disk").isTrue();

        assertThat(result.subjectPids()).containsAll(tree);
        for (long pid : result.subjectPids()) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("pid %d", pid).isFalse();
        }
        assertHeartbeatStopped();
        assertThat(result.enforcedAction()).contains(Action.KILL);
        assertThat(Files.size(result.bundle())).isPositive();
        RunDirectory run = RunDirectory.open(dir.resolve("run"));
        assertThat(RunChainCheck.check(run, result.runId(), policyId,
                SentinelFixture.TEST_KEY.key().publicKey())).hasSize(6);
    }

    @Test
    void quarantineSuspendsTheTreeWithoutKillingIt() throws Exception {
        fx.mint(Action.QUARANTINE);
        injectAfterTwoCleanTicks();
        sentinel = Sentinel.open(fx.simulated(20, HEARTBEAT), rec);
        SentinelResult result = sentinel.run();

        assertThat(rec.events()).containsExactly(POLICY_LOADED, MEASUREMENT_OK, MEASUREMENT_OK, DRIFT_DETECTED, ENFORCED, BUNDLE_EXPORTED);
        assertThat(rec.first(ENFORCED).decision().action()).isEqualTo(Action.QUARANTINE);
        assertThat(rec.first(ENFORCED).decision().reasonCode()).isEqualTo(ReasonCode.HASH_MISMATCH_FILE);
        assertThat(result.subjectSuspended()).isTrue();
        assertHeartbeatStopped();
        for (long pid : tree) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("pid %d is kept", pid).contains(true);
            // T, or D for a shell blocked in vfork on its stopped child (see ProcState.stoppedOrGone)
            assertThat(ProcState.of(pid).orElse('?')).as("pid %d is stopped", pid).isIn('T', 'D');
        }
    }

    @Test
    void continueKeepsMonitoringAndReportsEachNewDriftOnce() throws Exception {
        fx.mint(Action.CONTINUE);
        Path model = fx.subject.resolve("model.txt");
        String original = Files.readString(model);
        rec.onReceipt = r -> {
            try {
                if (r.eventType() == MEASUREMENT_OK && rec.count(MEASUREMENT_OK) == 2) {
                    sentinel.injectDrift(Optional.of("model.txt"));
                } else if (r.eventType() == ENFORCED && rec.count(ENFORCED) == 1) {
                    sentinel.injectDrift(Optional.of("model.txt")); // a second, different drift
                } else if (r.eventType() == ENFORCED && rec.count(ENFORCED) == 2) {
                    Files.writeString(model, original); // back to the baseline
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };
        sentinel = Sentinel.open(fx.simulated(8, HEARTBEAT), rec);
        SentinelResult result = sentinel.run();

        assertThat(rec.events()).containsExactly(POLICY_LOADED, MEASUREMENT_OK, MEASUREMENT_OK,
                DRIFT_DETECTED, ENFORCED, DRIFT_DETECTED, ENFORCED,
                MEASUREMENT_OK, MEASUREMENT_OK, MEASUREMENT_OK, MEASUREMENT_OK, BUNDLE_EXPORTED);
        assertThat(rec.receipts.stream().filter(r -> r.eventType() == ENFORCED).map(r -> r.decision().action()))
                .containsOnly(Action.CONTINUE);
        List<Receipt> drifts = rec.receipts.stream().filter(r -> r.eventType() == DRIFT_DETECTED).toList();
        assertThat(drifts.get(0).measurement().compositeHash()).isNotEqualTo(drifts.get(1).measurement().compositeHash());
        assertThat(result.finalState()).isEqualTo(SentinelState.BUNDLED);
        assertThat(rec.states).containsSubsequence("ENFORCED", "MONITORING", "DRIFT_DETECTED");
    }

    @Test
    void aPersistingDriftIsReportedOnceNotEveryTick() throws Exception {
        fx.mint(Action.CONTINUE);
        rec.onReceipt = r -> {
            if (r.eventType() == MEASUREMENT_OK && rec.count(MEASUREMENT_OK) == 1) {
                sentinel.injectDrift(Optional.of("readme.md"));
            }
        };
        sentinel = Sentinel.open(fx.simulated(6, List.of()), rec);
        sentinel.run();
        assertThat(rec.events()).containsExactly(POLICY_LOADED, MEASUREMENT_OK, DRIFT_DETECTED, ENFORCED, BUNDLE_EXPORTED);
    }

    /** A live subject beats every 100 ms; five missed beats in a row, watched by inotify, mean it is stopped. */
    private void assertHeartbeatStopped() throws Exception {
        FileEvents.assertUnchanged(dir.resolve("run/hb.txt"), Duration.ofMillis(500));
    }
}
