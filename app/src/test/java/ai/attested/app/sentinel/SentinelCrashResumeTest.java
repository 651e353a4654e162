package ai.attested.app.sentinel;

import static ai.attested.bundle.model.EventType.BUNDLE_EXPORTED;
import static ai.attested.bundle.model.EventType.DRIFT_DETECTED;
import static ai.attested.bundle.model.EventType.ENFORCED;
import static ai.attested.bundle.model.EventType.MEASUREMENT_OK;
import static ai.attested.bundle.model.EventType.POLICY_LOADED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.cli.SvaultMain;
import ai.attested.app.sentinel.run.RunChainCheck;
import ai.attested.app.sentinel.run.RunDirectory;
import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.ReasonCode;
import ai.attested.bundle.model.Receipt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A sentinel cut short leaves a chain prefix on disk that --resume closes into a bundle. */
@EnabledOnOs(OS.LINUX)
class SentinelCrashResumeTest {
    @TempDir
    Path dir;
    SentinelFixture fx;
    Process jvm;
    final List<Long> subjects = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        fx = new SentinelFixture(dir);
    }

    @AfterEach
    void cleanUp() {
        if (jvm != null) {
            jvm.destroyForcibly();
        }
        subjects.forEach(pid -> SentinelFixture.killQuietly(Optional.of(pid)));
    }

    @Test
    void aSentinelJvmKilledWithSigkillLeavesAVerifiablePrefixThatResumeCloses() throws Exception {
        String policyId = fx.mint(Action.CONTINUE).policy().policyId();
        Path run = dir.resolve("run");
        Path bundle = dir.resolve("bundle.zip");
        String java = ProcessHandle.current().info().command().orElseThrow();
        jvm = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                SvaultMain.class.getName(), "sentinel", "--policy", fx.policyFile.toString(), "--out", bundle.toString(),
                "--run-dir", run.toString(), "--test-key", "--subject-cmd", "sleep 600")
                .redirectErrorStream(true).start();
        // `svault sentinel` prints each receipt's line after the receipt is on disk.
        PrintedLines printed = PrintedLines.follow(jvm, dir.resolve("sentinel.log"));

        printed.await(l -> receiptLines(l) >= 3, WAIT, "3 receipts");
        assertThat(run.resolve(RunDirectory.RECORD)).exists();
        Files.writeString(fx.subject.resolve("model.txt"), "weights v2\n"); // drift; CONTINUE keeps the run going
        printed.await(l -> l.stream().anyMatch(line -> RECEIPT_LINE.matcher(line).find() && line.contains(" ENFORCED ")),
                WAIT, "an ENFORCED receipt");
        Files.writeString(fx.subject.resolve("model.txt"), "weights v1\n"); // back to the baseline
        int enforcedAt = receipts(run).size();
        printed.await(l -> receiptLines(l) >= enforcedAt + 2, WAIT, (enforcedAt + 2) + " receipts");

        jvm.destroyForcibly(); // SIGKILL: no shutdown hook, no export
        assertThat(jvm.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(jvm.exitValue()).isEqualTo(137);
        RunDirectory rd = RunDirectory.open(run);
        rd.record().subject().ifPresent(s -> subjects.add(s.pid()));

        List<Receipt> prefix = RunChainCheck.check(rd, rd.record().runId(), policyId, SentinelFixture.TEST_KEY.key().publicKey());
        assertThat(prefix.size()).isGreaterThanOrEqualTo(enforcedAt + 2);
        assertThat(prefix.stream().map(Receipt::eventType)).contains(POLICY_LOADED, MEASUREMENT_OK, DRIFT_DETECTED, ENFORCED)
                .doesNotContain(BUNDLE_EXPORTED);
        assertThat(bundle).doesNotExist();

        int exit = SvaultMain.execute("sentinel", "--resume", run.toString(), "--test-key");

        assertThat(exit).isZero();
        assertThat(bundle).exists();
        List<Receipt> closed = RunChainCheck.check(rd, rd.record().runId(), policyId, SentinelFixture.TEST_KEY.key().publicKey());
        assertThat(closed).hasSize(prefix.size() + 1);
        assertThat(closed.subList(0, prefix.size())).isEqualTo(prefix);
        assertThat(closed.getLast().eventType()).isEqualTo(BUNDLE_EXPORTED);
    }

    @Test
    void resumeFinishesAnEnforcementTheInterruptedSentinelHadDecided() throws Exception {
        String policyId = fx.mint(Action.KILL).policy().policyId();
        SentinelFixture.Recorder rec = new SentinelFixture.Recorder();
        Sentinel[] s = new Sentinel[1];
        rec.onReceipt = r -> {
            if (r.eventType() == MEASUREMENT_OK) {
                s[0].injectDrift(Optional.of("model.txt"));
            }
            if (r.eventType() == DRIFT_DETECTED) {
                throw new IllegalStateException("power lost right after DRIFT_DETECTED reached the disk");
            }
        };
        s[0] = Sentinel.open(fx.simulated(10, List.of()), rec);
        assertThatThrownBy(s[0]::run).hasMessageContaining("power lost");
        Path run = dir.resolve("run");
        assertThat(receipts(run)).extracting(Receipt::eventType).containsExactly(POLICY_LOADED, MEASUREMENT_OK, DRIFT_DETECTED);

        SentinelResult r = SentinelResume.resume(run, Optional.empty(), SentinelFixture.TEST_KEY, SentinelListener.NONE);

        List<Receipt> closed = RunChainCheck.check(RunDirectory.open(run), r.runId(), policyId,
                SentinelFixture.TEST_KEY.key().publicKey());
        assertThat(closed).extracting(Receipt::eventType)
                .containsExactly(POLICY_LOADED, MEASUREMENT_OK, DRIFT_DETECTED, ENFORCED, BUNDLE_EXPORTED);
        assertThat(closed.get(3).decision().action()).isEqualTo(Action.KILL);
        assertThat(closed.get(3).decision().reasonCode()).isEqualTo(ReasonCode.HASH_MISMATCH_FILE);
        assertThat(closed.get(3).timestamp()).isEqualTo(closed.get(2).timestamp()); // simulated clock: no time passes
        assertThat(r.bundle()).exists();
    }

    private static List<Receipt> receipts(Path run) {
        if (!Files.isDirectory(run.resolve(RunDirectory.RECEIPTS))) {
            return List.of();
        }
        List<Receipt> out = new ArrayList<>();
        RunDirectory.open(run).receipts().forEach(out::add);
        return out;
    }

    /** A whole minute, so a slow, loaded machine only waits longer. */
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A receipt line of `svault sentinel` (ReceiptPrinter): two spaces, #counter, timestamp, event type... */
    private static final Pattern RECEIPT_LINE = Pattern.compile("^  #\\d{4,} ");

    private static long receiptLines(List<String> lines) {
        return lines.stream().filter(l -> RECEIPT_LINE.matcher(l).find()).count();
    }
}
