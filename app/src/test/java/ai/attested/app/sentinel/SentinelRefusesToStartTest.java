package ai.attested.app.sentinel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import ai.attested.app.sentinel.policy.MintRequest;
import ai.attested.app.sentinel.policy.SigningKeys;
import ai.attested.bundle.model.Action;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** INIT → POLICY_LOADED only if the policy verifies and its window is open: otherwise a coded error, no run, no receipts. */
class SentinelRefusesToStartTest {
    @TempDir
    Path dir;
    SentinelFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new SentinelFixture(dir);
    }

    private void assertRefused(SentinelConfig config, String code) {
        assertThatThrownBy(() -> Sentinel.open(config, SentinelListener.NONE).run())
                .isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(((AppException) e).code()).isEqualTo(code));
        assertThat(dir.resolve("run")).doesNotExist();
        assertThat(dir.resolve("bundle.zip")).doesNotExist();
    }

    @Test
    void aPolicyWithAChangedFieldIsRefused() throws Exception {
        fx.mint(Action.KILL);
        String text = Files.readString(fx.policyFile, StandardCharsets.UTF_8);
        Files.writeString(fx.policyFile, text.replace("\"DRIFT_DETECTED\": \"KILL\"", "\"DRIFT_DETECTED\": \"CONTINUE\""));
        assertThat(Files.readString(fx.policyFile)).isNotEqualTo(text);
        assertRefused(fx.simulated(3, List.of()), "POLICY_ID_MISMATCH");
    }

    @Test
    void aPolicyWithABadSignatureIsRefused() throws Exception {
        fx.mint(Action.KILL);
        String text = Files.readString(fx.policyFile, StandardCharsets.UTF_8);
        int at = text.indexOf("\"signature\": \"") + "\"signature\": \"".length();
        char c = text.charAt(at);
        Files.writeString(fx.policyFile, text.substring(0, at) + (c == 'A' ? 'B' : 'A') + text.substring(at + 1));
        assertRefused(fx.simulated(3, List.of()), "POLICY_SIGNATURE_INVALID");
    }

    @Test
    void anExpiredPolicyIsRefused() {
        fx.mint(MintRequest.defaults(fx.subject, fx.policyFile, SentinelFixture.T0.minus(Duration.ofHours(2)))
                .withExpiry(Optional.of(SentinelFixture.T0.minus(Duration.ofHours(1)))));
        assertRefused(fx.simulated(3, List.of()), "POLICY_EXPIRED");
    }

    @Test
    void aPolicyCreatedInTheFutureIsRefused() {
        fx.mint(MintRequest.defaults(fx.subject, fx.policyFile, SentinelFixture.T0.plus(Duration.ofDays(1))));
        assertRefused(fx.simulated(3, List.of()), "POLICY_NOT_YET_VALID");
    }

    @Test
    void aKeyOtherThanThePolicyIssuerIsRefused() {
        fx.mint(Action.KILL);
        SigningKeys.Resolved other = new SigningKeys.Resolved(Ed25519PrivateKey.generate(), "other", false);
        SentinelConfig config = SentinelConfig.of(fx.policyFile, dir.resolve("bundle.zip"), dir.resolve("run"), other)
                .withSimulatedStart(Optional.of(SentinelFixture.T0));
        assertRefused(config, "KEY_NOT_POLICY_ISSUER");
    }

    @Test
    void aManifestThatIsNotThePolicyBaselineIsRefused() throws Exception {
        fx.mint(Action.KILL);
        Path manifest = dir.resolve("subject_manifest.json");
        String text = Files.readString(manifest);
        int at = text.indexOf("\"sha256\": \"") + "\"sha256\": \"".length();
        Files.writeString(manifest, text.substring(0, at) + (text.charAt(at) == 'a' ? 'b' : 'a') + text.substring(at + 1));
        assertRefused(fx.simulated(3, List.of()), "SUBJECT_MANIFEST_MISMATCH");
    }

    @Test
    void aBundleInsideTheWatchedFolderIsRefused() {
        fx.mint(Action.KILL);
        SentinelConfig config = SentinelConfig.of(fx.policyFile, fx.subject.resolve("bundle.zip"), dir.resolve("run"),
                SentinelFixture.TEST_KEY).withSimulatedStart(Optional.of(SentinelFixture.T0));
        assertRefused(config, "OUTPUT_INSIDE_WATCHED_FOLDER");
    }
}
