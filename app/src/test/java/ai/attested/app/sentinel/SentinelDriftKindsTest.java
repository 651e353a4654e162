package ai.attested.app.sentinel;

import static ai.attested.bundle.model.EventType.BUNDLE_EXPORTED;
import static ai.attested.bundle.model.EventType.DRIFT_DETECTED;
import static ai.attested.bundle.model.EventType.ENFORCED;
import static ai.attested.bundle.model.EventType.MEASUREMENT_OK;
import static ai.attested.bundle.model.EventType.POLICY_LOADED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.sentinel.policy.MintRequest;
import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.ReasonCode;
import ai.attested.bundle.model.Receipt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every drift kind end to end, each with its reason code and the action the policy maps to it. */
class SentinelDriftKindsTest {
    @TempDir
    Path dir;
    SentinelFixture fx;
    Sentinel sentinel;
    final SentinelFixture.Recorder rec = new SentinelFixture.Recorder();

    @BeforeEach
    void setUp() throws Exception {
        fx = new SentinelFixture(dir);
    }

    private void afterFirstCleanTick(IoAction action) {
        rec.onReceipt = r -> {
            if (r.eventType() == MEASUREMENT_OK && rec.count(MEASUREMENT_OK) == 1) {
                try {
                    action.run();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private SentinelResult run(long maxTicks) {
        sentinel = Sentinel.open(fx.simulated(maxTicks, List.of()), rec);
        return sentinel.run();
    }

    @Test
    void aDeletedMeasuredFileIsSubjectMissing() {
        fx.mint(Action.QUARANTINE);
        afterFirstCleanTick(() -> Files.delete(fx.subject.resolve("conf/app.yaml")));
        run(10);
        assertThat(rec.events()).containsExactly(POLICY_LOADED, MEASUREMENT_OK, DRIFT_DETECTED, ENFORCED, BUNDLE_EXPORTED);
        Receipt drift = rec.first(DRIFT_DETECTED);
        assertThat(drift.decision().reasonCode()).isEqualTo(ReasonCode.SUBJECT_MISSING);
        assertThat(drift.measurement().mismatchedPaths()).containsExactly("conf/app.yaml");
        assertThat(rec.first(ENFORCED).decision().action()).isEqualTo(Action.QUARANTINE);
        assertThat(rec.first(ENFORCED).decision().reasonCode()).isEqualTo(ReasonCode.SUBJECT_MISSING);
    }

    @Test
    void aNewFileIsHashMismatchNamingTheNewFile() {
        fx.mint(Action.KILL);
        afterFirstCleanTick(() -> Files.writeString(fx.subject.resolve("conf/extra.yaml"), "injected: true\n"));
        run(10);
        Receipt drift = rec.first(DRIFT_DETECTED);
        assertThat(drift.decision().reasonCode()).isEqualTo(ReasonCode.HASH_MISMATCH_FILE);
        assertThat(drift.measurement().mismatchedPaths()).containsExactly("conf/extra.yaml");
        assertThat(drift.measurement().compositeHash()).isNotEqualTo(rec.first(POLICY_LOADED).measurement().compositeHash());
        assertThat(rec.first(ENFORCED).decision().action()).isEqualTo(Action.KILL);
    }

    @Test
    void aNewFileIsNoDriftWhenThePolicyOptsOut() {
        fx.mint(MintRequest.defaults(fx.subject, fx.policyFile, SentinelFixture.T0).withIntervalMs(250)
                .withNewFiles(false, List.of()));
        afterFirstCleanTick(() -> Files.writeString(fx.subject.resolve("scratch.tmp"), "x"));
        run(4);
        assertThat(rec.events()).containsExactly(POLICY_LOADED, MEASUREMENT_OK, MEASUREMENT_OK, MEASUREMENT_OK,
                MEASUREMENT_OK, BUNDLE_EXPORTED);
    }

    @Test
    void theTtlExpiringMidRunIsTtlExpiredWithItsOwnMapping() {
        fx.mint(MintRequest.defaults(fx.subject, fx.policyFile, SentinelFixture.T0).withIntervalMs(250)
                .withMapping(Action.KILL, Action.CONTINUE, Action.KILL)
                .withExpiry(Optional.of(SentinelFixture.T0.plus(Duration.ofMillis(750)))));
        run(5);
        // ticks at +250, +500 are clean; at +750 the TTL is over; CONTINUE keeps monitoring
        assertThat(rec.events()).containsExactly(POLICY_LOADED, MEASUREMENT_OK, MEASUREMENT_OK, DRIFT_DETECTED, ENFORCED,
                MEASUREMENT_OK, MEASUREMENT_OK, BUNDLE_EXPORTED);
        assertThat(rec.first(DRIFT_DETECTED).decision().reasonCode()).isEqualTo(ReasonCode.TTL_EXPIRED);
        assertThat(rec.first(DRIFT_DETECTED).timestamp()).isEqualTo("2026-02-11T12:00:00.750Z");
        assertThat(rec.first(ENFORCED).decision().action()).isEqualTo(Action.CONTINUE);
        assertThat(rec.first(ENFORCED).decision().reasonCode()).isEqualTo(ReasonCode.TTL_EXPIRED);
    }

    @Test
    void aPolicyFileTamperedMidRunIsSignatureInvalid() {
        fx.mint(MintRequest.defaults(fx.subject, fx.policyFile, SentinelFixture.T0).withIntervalMs(250)
                .withMapping(Action.CONTINUE, Action.CONTINUE, Action.QUARANTINE));
        afterFirstCleanTick(() -> {
            String text = Files.readString(fx.policyFile, StandardCharsets.UTF_8);
            String tampered = text.replace("\"interval_ms\": 250", "\"interval_ms\": 251");
            assertThat(tampered).isNotEqualTo(text);
            Files.writeString(fx.policyFile, tampered, StandardCharsets.UTF_8);
        });
        run(10);
        assertThat(rec.events()).containsExactly(POLICY_LOADED, MEASUREMENT_OK, DRIFT_DETECTED, ENFORCED, BUNDLE_EXPORTED);
        Receipt drift = rec.first(DRIFT_DETECTED);
        assertThat(drift.decision().reasonCode()).isEqualTo(ReasonCode.SIGNATURE_INVALID);
        assertThat(drift.decision().details()).contains("POLICY_ID_MISMATCH");
        assertThat(rec.first(ENFORCED).decision().action()).isEqualTo(Action.QUARANTINE);
    }

    @Test
    void aChangeUnderTrimmedNormalisationThatOnlyAddsTrailingSpacesIsNoDrift() throws Exception {
        fx.mint(MintRequest.defaults(fx.subject, fx.policyFile, SentinelFixture.T0).withIntervalMs(250)
                .withNormalization(new ai.attested.app.sentinel.measure.Normalization(
                        ai.attested.app.sentinel.measure.LineEndings.LF, true,
                        ai.attested.app.sentinel.measure.TextEncoding.UTF_8)));
        afterFirstCleanTick(() -> Files.writeString(fx.subject.resolve("model.txt"), "weights v1   \r\n"));
        run(3);
        assertThat(rec.count(DRIFT_DETECTED)).isZero();
        assertThat(rec.count(MEASUREMENT_OK)).isEqualTo(3);
    }

    interface IoAction {
        void run() throws IOException;
    }
}
