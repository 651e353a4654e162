package ai.attested.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.testing.SampleRun;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.verifier.cli.VerifierMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red-team attack (docs/decisions/0090): the attacker mints their own policy key and re-makes the
 * policy, every receipt and the manifest with it. The bundle is self-consistent, so without an
 * anchor it verifies; {@code --expect-key KEYID} (the issuer's published key id) is that anchor.
 */
class KeySwapAttackTest {
    private static final Ed25519PrivateKey MALLORY = Ed25519PrivateKey.generate(new SecureRandom());

    @Test
    void aBundleFullyReSignedWithAnotherKeyFailsOnlyAgainstThePinnedIssuer(@TempDir Path dir) throws Exception {
        PolicyArtifact policy = SampleRun.policy(MALLORY);
        Path forged = Files.write(dir.resolve("forged.zip"), SampleRun.bundle(SampleRun.input(policy, SampleRun.receipts(policy, MALLORY)), MALLORY));
        String honest = SampleRun.key().publicKey().keyId();

        // Unpinned: nothing in the bundle says whose key it is; the JSON report names it for the auditor.
        Run unpinned = run(forged.toString(), "--json");
        assertThat(unpinned.code).isEqualTo(0);
        assertThat(unpinned.out).containsPattern("\"issuer_key_id\": ?\"" + MALLORY.publicKey().keyId() + "\"");

        Run pinned = run(forged.toString(), "--expect-key", honest);
        assertThat(pinned.code).isEqualTo(1);
        assertThat(pinned.out).contains("overall: FAIL", "error_code: POLICY_SIGNATURE_INVALID (policy/policy_artifact.json)");
    }

    @Test
    void theGenuineBundlePassesWithItsIssuerPinned(@TempDir Path dir) throws Exception {
        Path golden = Files.write(dir.resolve("golden.zip"), SampleRun.goldenBundle());
        assertThat(run(golden.toString(), "--expect-key", SampleRun.key().publicKey().keyId()).code).isEqualTo(0);
    }

    @Test
    void aMalformedKeyIdIsAnArgumentError(@TempDir Path dir) throws Exception {
        Path golden = Files.write(dir.resolve("golden.zip"), SampleRun.goldenBundle());
        Run r = run(golden.toString(), "--expect-key", "36ee-3280-c62e-d537");
        assertThat(r.code).isEqualTo(3);
        assertThat(r.err).startsWith("verifier: EXPECT_KEY_INVALID: --expect-key takes a key id");
    }

    @Test
    void theKeyIdAsASealCardPrintsItInAnyCaseIsTheSamePin(@TempDir Path dir) throws Exception {
        Path golden = Files.write(dir.resolve("golden.zip"), SampleRun.goldenBundle());
        assertThat(run(golden.toString(), "--expect-key", "36EE3280C62ED537").code).isEqualTo(0);
        assertThat(run(golden.toString(), "--expect-key", "36ee 3280 c62e d537").code).isEqualTo(0);
        Run other = run(golden.toString(), "--expect-key", "0123 4567 89AB CDEF");
        assertThat(other.code).isEqualTo(1);
        assertThat(other.out).contains("overall: FAIL", "error_code: POLICY_SIGNATURE_INVALID (policy/policy_artifact.json)");
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = VerifierMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
