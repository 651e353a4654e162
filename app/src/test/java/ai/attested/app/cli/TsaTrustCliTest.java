package ai.attested.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.seal.tsa.LoopbackTsa;
import ai.attested.app.seal.tsa.OpensslTsaServer;
import ai.attested.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --trust-tsa} end to end: seals time-stamped by a BouncyCastle authority and by
 * {@code openssl ts -reply}, both on loopback, a checkpoint, a real export; then {@code svault
 * verify} and the embedded verifier.jar (a Java 17 process) with the authorities' pins.
 */
class TsaTrustCliTest {
    @TempDir
    Path dir;

    private String bcPin;
    private String opensslPin;
    private Path zip;

    private String vault() {
        return dir.resolve("vault").toString();
    }

    @BeforeEach
    void twoSealsStampedByTwoAuthoritiesCheckpointedAndExported() throws Exception {
        assertThat(CliRun.of("vault", "init", "--vault", vault(), "--username", "alice", "--test-key").exit()).isZero();
        Files.writeString(dir.resolve("minutes.txt"), "Board minutes: approved.\n");
        Files.writeString(dir.resolve("contract.txt"), "Contract, final text.\n");
        try (LoopbackTsa bc = new LoopbackTsa()) {
            seal("--tsa", bc.url().toString(), dir.resolve("minutes.txt").toString());
            bcPin = Sha256.hex(bc.certificate().getEncoded());
        }
        Path openssl = Files.createDirectories(dir.resolve("openssl-tsa"));
        try (OpensslTsaServer tsa = new OpensslTsaServer(openssl)) {
            seal("--tsa", tsa.url().toString(), dir.resolve("contract.txt").toString());
            opensslPin = tsa.opensslFingerprintLine();
        }
        assertThat(opensslPin).startsWith("sha256 Fingerprint=").contains(":");
        assertThat(CliRun.of("vault", "checkpoint", "--vault", vault()).exit()).isZero();
        zip = dir.resolve("VerifiedBundle.zip");
        CliRun export = CliRun.of("export", "1", "2", "--vault", vault(), "--out", zip.toString());
        assertThat(export.exit()).as(export.err()).isZero();
    }

    private void seal(String... args) {
        List<String> a = new ArrayList<>(List.of("seal", "--vault", vault()));
        a.addAll(List.of(args));
        CliRun run = CliRun.of(a.toArray(String[]::new));
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).doesNotContain("TSA_");
    }

    @Test
    void withoutPinsBothTokensAreCaveats() {
        CliRun r = CliRun.of("verify", zip.toString(), "--file", dir.resolve("minutes.txt").toString());
        assertThat(r.exit()).as(r.out()).isEqualTo(2);
        assertThat(r.out()).contains("caveat: TSA_CERT_UNVERIFIED (seal #1)", "caveat: TSA_CERT_UNVERIFIED (seal #2)",
                "time: TSA 2, DEVICE only 0\n");
    }

    @Test
    void bothAuthoritiesPinnedGivePlainPassInSvaultVerifyAndInTheEmbeddedJar() throws Exception {
        CliRun r = CliRun.of("verify", zip.toString(), "--file", dir.resolve("contract.txt").toString(), "--trust-tsa", bcPin,
                "--trust-tsa", opensslPin.substring(opensslPin.indexOf('=') + 1));
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("checkpoint: OK (tree size 2, 2/2 seals included)", "time: TSA 2 (2 by a pinned authority), DEVICE only 0",
                "original: OK (seal #2", "cards: OK (2/2", "overall: PASS\n").doesNotContain("caveat:");

        Path jar = extract("verifier/verifier.jar");
        Java17Jar.Run p = Java17Jar.run(jar, zip.toString(), "--file", dir.resolve("minutes.txt").toString(), "--trust-tsa", bcPin, "--trust-tsa", opensslPin);
        assertThat(p.exit()).as(p.out() + p.err()).isZero();
        assertThat(p.out()).contains("original: OK (seal #1", "overall: PASS\n").doesNotContain("caveat:");
    }

    @Test
    void anAuthorityLeftUnpinnedIsTsaCertNotTrustedNotACaveat() throws Exception {
        CliRun r = CliRun.of("verify", zip.toString(), "--trust-tsa", bcPin);
        assertThat(r.exit()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("overall: FAIL", "error_code: TSA_CERT_NOT_TRUSTED (seals/000002/seal.json)", "OpenSSL Loopback TSA")
                .doesNotContain("TSA_CERT_NOT_TRUSTED (seals/000001", "caveat: TSA_CERT_UNVERIFIED");

        Java17Jar.Run p = Java17Jar.run(extract("verifier/verifier.jar"), zip.toString(), "--trust-tsa", opensslPin);
        assertThat(p.exit()).as(p.out() + p.err()).isEqualTo(1);
        assertThat(p.out()).contains("error_code: TSA_CERT_NOT_TRUSTED (seals/000001/seal.json)", "Loopback Test TSA");
    }

    @Test
    void aMalformedPinOrAPinForACardIsAnArgumentError() throws Exception {
        CliRun bad = CliRun.of("verify", zip.toString(), "--trust-tsa", "not-a-fingerprint");
        assertThat(bad.exit()).isEqualTo(3);
        assertThat(bad.err()).contains("TRUST_TSA_INVALID");
        Path card = dir.resolve("card.png");
        assertThat(CliRun.of("card", "1", "--vault", vault(), "--png", card.toString()).exit()).isZero();
        CliRun onCard = CliRun.of("verify", card.toString(), "--trust-tsa", bcPin);
        assertThat(onCard.exit()).isEqualTo(3);
        assertThat(onCard.err()).contains("TRUST_TSA_UNSUPPORTED");
    }

    @Test
    void theReadmeShowsHowToPinTheKeyAndTheAuthority() throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            String readme = new String(z.getInputStream(z.getEntry("README.txt")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(readme).contains("--expect-key", "--trust-tsa");
        }
    }

    private Path extract(String entry) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Path out = dir.resolve(entry.replace('/', '-'));
            Files.write(out, z.getInputStream(z.getEntry(entry)).readAllBytes());
            return out;
        }
    }
}
