package ai.attested.verifier.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealCodec;
import ai.attested.bundle.seal.SealCodes;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.bundle.seal.tsa.TsaTrust;
import ai.attested.crypto.Hex;
import ai.attested.verifier.cli.VerifierMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --trust-tsa}: a token signed under a pinned certificate, whose signature and imprint
 * verify, leaves no TSA caveat (plain PASS with a checkpoint); a token under another certificate
 * is TSA_CERT_NOT_TRUSTED; a pinned authority's token that is broken or over another hash still fails.
 */
class TsaPinTest {
    private static final String SEAL_JSON = VerifiedBundleLayout.sealDir(1) + VerifiedBundleLayout.SEAL_JSON;

    private static SealBundleReport verify(TreeMap<String, byte[]> entries, String... pins) {
        return VerifiedBundleVerifier.verify(entries, Optional.empty(), Optional.empty(), TsaTrust.pinned(List.of(pins)));
    }

    @Test
    void withoutAPinTheTsaCertificateIsTheOnlyCaveat() throws Exception {
        SealBundleReport r = verify(TsaBundleFixture.bundle());
        assertThat(r.failures()).isEmpty();
        assertThat(r.caveats()).extracting(BundleFinding::code).containsExactly(SealCodes.TSA_CERT_UNVERIFIED);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.text()).contains("time: TSA 1, DEVICE only 0\n");
    }

    @Test
    void thePinOfTheSigningAuthorityGivesAPlainPass() throws Exception {
        SealBundleReport r = verify(TsaBundleFixture.bundle(), TsaBundleFixture.authority().certSha256());
        assertThat(r.failures()).isEmpty();
        assertThat(r.caveats()).isEmpty();
        assertThat(r.overall()).isEqualTo("PASS");
        assertThat(r.exitCode()).isZero();
        assertThat(r.text()).contains("checkpoint: OK (tree size 1, 1/1 seals included)", "time: TSA 1 (1 by a pinned authority), DEVICE only 0");
    }

    @Test
    void anotherAuthoritysPinIsAFailureNotACaveat() throws Exception {
        String other = TsaBundleFixture.otherAuthority().certSha256();
        SealBundleReport r = verify(TsaBundleFixture.bundle(), other);
        assertThat(r.failures()).extracting(BundleFinding::toString).containsExactly("TSA_CERT_NOT_TRUSTED (" + SEAL_JSON + ")");
        assertThat(r.failures().get(0).detail()).contains(TsaBundleFixture.authority().certSha256(), "Fixture TSA A");
        assertThat(r.caveats()).extracting(BundleFinding::code).doesNotContain(SealCodes.TSA_CERT_UNVERIFIED);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.text()).contains("time: TSA 1 (0 by a pinned authority)", "seals: FAIL (0/1)");
    }

    @Test
    void oneMatchingPinAmongSeveralIsEnough() throws Exception {
        SealBundleReport r = verify(TsaBundleFixture.bundle(), TsaBundleFixture.otherAuthority().certSha256(),
                TsaBundleFixture.authority().certSha256());
        assertThat(r.exitCode()).as(r.text()).isZero();
    }

    @Test
    void aPinnedAuthoritysTokenOverAnotherHashStillFails() throws Exception {
        FixedTsa a = TsaBundleFixture.authority();
        Seal genuine = TsaBundleFixture.seal(a);
        // A real token of the pinned authority, but over other bytes; the key holder re-signs the seal and the bundle.
        byte[] foreign = a.stamp(Hex.decode("00".repeat(32)), TsaBundleFixture.STAMPED, 7);
        Seal forged = withTimeSource(genuine, TimeSource.tsa(foreign, genuine.timeSource().tsaTime(), genuine.timeSource().tsaPolicy(),
                genuine.timeSource().tsaSerial()));
        SealBundleReport r = verify(TsaBundleFixture.bundle(forged), a.certSha256());
        assertThat(r.failures()).extracting(BundleFinding::code).containsExactly(SealCodes.TSA_IMPRINT_MISMATCH);
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void aPinnedAuthoritysTokenWithABrokenSignatureStillFails() throws Exception {
        FixedTsa a = TsaBundleFixture.authority();
        Seal genuine = TsaBundleFixture.seal(a);
        byte[] token = genuine.timeSource().tokenDer();
        token[token.length - 10] ^= 0x01; // inside the Ed25519 signature, the last field of the SignerInfo
        Seal forged = withTimeSource(genuine, TimeSource.tsa(token, genuine.timeSource().tsaTime(), genuine.timeSource().tsaPolicy(),
                genuine.timeSource().tsaSerial()));
        SealBundleReport r = verify(TsaBundleFixture.bundle(forged), a.certSha256());
        assertThat(r.failures()).extracting(BundleFinding::code).containsExactly(SealCodes.TSA_TOKEN_INVALID);
        assertThat(r.failures().get(0).detail()).contains("signature does not verify");
        assertThat(r.caveats()).isEmpty();
    }

    @Test
    void aDeviceTimeSealKeepsItsCaveatUnderAPin(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        SealBundleReport r = verify(SealBundleFixtures.bundle(dir, true), TsaBundleFixture.authority().certSha256());
        assertThat(r.caveats()).extracting(BundleFinding::code).containsOnly(SealCodes.DEVICE_TIME_ONLY);
        assertThat(r.exitCode()).isEqualTo(2);
    }

    @Test
    void theCommandLineTakesRepeatedPinsInHexOrOpensslColonFormAndRefusesAnythingElse(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("VerifiedBundle.zip");
        Files.write(zip, SealBundleCliTest.zipOf(TsaBundleFixture.bundle()));
        String pin = TsaBundleFixture.authority().certSha256();
        String colons = pin.toUpperCase(java.util.Locale.ROOT).replaceAll("(..)(?!$)", "$1:");
        assertThat(main(zip.toString(), "--trust-tsa", TsaBundleFixture.otherAuthority().certSha256(), "--trust-tsa", colons).exit)
                .isZero();
        Run wrong = main(zip.toString(), "--trust-tsa", TsaBundleFixture.otherAuthority().certSha256());
        assertThat(wrong.exit).isEqualTo(1);
        assertThat(wrong.out).contains("overall: FAIL", "error_code: TSA_CERT_NOT_TRUSTED (" + SEAL_JSON + ")");

        Run malformed = main(zip.toString(), "--trust-tsa", pin.substring(1));
        assertThat(malformed.exit).isEqualTo(3);
        assertThat(malformed.out).startsWith("verifier: TRUST_TSA_INVALID: ");

        Path golden = Paths.get("..", "test-vectors", "bundles", "good", "golden.zip");
        Run mvp = main(golden.toString(), "--trust-tsa", pin);
        assertThat(mvp.exit).isEqualTo(3);
        assertThat(mvp.out).contains("--trust-tsa applies to a VerifiedBundle");
    }

    @Test
    void pinsAreNormalisedAndMalformedOnesRefused() {
        String hex = "ab".repeat(32);
        assertThat(TsaTrust.normalize(hex.toUpperCase(java.util.Locale.ROOT))).isEqualTo(hex);
        assertThat(TsaTrust.normalize("sha256 Fingerprint=" + String.join(":", java.util.Collections.nCopies(32, "AB")))).isEqualTo(hex);
        assertThat(TsaTrust.pinned(List.of()).isEmpty()).isTrue();
        for (String bad : new String[] {"", "ab".repeat(31), "zz".repeat(32), "ab:".repeat(31) + "abab", "ab".repeat(33)}) {
            assertThatThrownBy(() -> TsaTrust.normalize(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static Seal withTimeSource(Seal s, TimeSource ts) throws Exception {
        // time_source is outside the seal hash and the signed statement (decision 0070): swapping it keeps the seal's signature.
        com.fasterxml.jackson.databind.node.ObjectNode tree = SealCodec.toTree(s);
        com.fasterxml.jackson.databind.node.ObjectNode t = tree.putObject("time_source");
        t.put("kind", "TSA").put("token", ts.token()).put("tsa_policy", ts.tsaPolicy()).put("tsa_serial", ts.tsaSerial())
                .put("tsa_time", ts.tsaTime());
        return SealCodec.fromTree(tree);
    }

    private static Run main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifierMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out) {
    }
}
