package ai.attested.app.seal.tsa;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealCheck;
import ai.attested.bundle.seal.SealCodes;
import ai.attested.bundle.seal.SealDraft;
import ai.attested.bundle.seal.SealFinding;
import ai.attested.bundle.seal.SealVerifier;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.bundle.seal.tsa.TsaTokenInfo;
import ai.attested.bundle.seal.tsa.TsaTokenVerifier;
import ai.attested.crypto.Hex;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A token made by an independent implementation, {@code openssl ts -reply}, verifies too. */
class OpensslTsaTokenTest {
    private static final Ed25519PrivateKey KEY = TestKeys.tvSig001();
    private static final String CONFIG = String.join("\n",
            "[ req ]", "distinguished_name = dn", "prompt = no", "x509_extensions = v3_tsa",
            "[ dn ]", "CN = OpenSSL Test TSA",
            "[ v3_tsa ]", "basicConstraints = CA:FALSE", "keyUsage = critical,digitalSignature",
            "extendedKeyUsage = critical,timeStamping",
            "[ tsa ]", "default_tsa = tsa1",
            "[ tsa1 ]", "serial = ./serial", "crypto_device = builtin", "signer_digest = sha256",
            "default_policy = 1.2.3.4.1", "digests = sha256", "accuracy = secs:1", "ordering = no", "tsa_name = no",
            "ess_cert_id_chain = no", "ess_cert_id_alg = sha256", "");

    @Test
    void opensslTokenOverTheSealHashVerifies(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tsa.cnf"), CONFIG);
        Files.writeString(dir.resolve("serial"), "01\n");
        run(dir, "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", "tsa.key", "-out", "tsa.crt", "-days", "2", "-config", "tsa.cnf");
        SealDraft draft = Rfc3161TimeStamperTest.draft("sealed with an openssl token");
        String sealHash = draft.sealHash(KEY.publicKey());
        run(dir, "openssl", "ts", "-query", "-digest", sealHash, "-sha256", "-cert", "-out", "q.tsq");
        run(dir, "openssl", "ts", "-reply", "-config", "tsa.cnf", "-queryfile", "q.tsq", "-inkey", "tsa.key",
                "-signer", "tsa.crt", "-token_out", "-out", "token.der");
        byte[] token = Files.readAllBytes(dir.resolve("token.der"));

        TsaTokenInfo info = TsaTokenVerifier.verify(token, Hex.decode(sealHash));
        assertThat(info.policy()).isEqualTo("1.2.3.4.1");
        assertThat(info.serial()).isEqualTo("2"); // the serial file holds the last serial used
        assertThat(info.certSubject()).contains("OpenSSL Test TSA");

        Seal seal = draft.sign(KEY, TimeSource.tsa(token, info.genTime(), info.policy(), info.serial()));
        SealCheck check = SealVerifier.verify(seal);
        assertThat(check.failures()).isEmpty();
        assertThat(check.caveats()).extracting(SealFinding::code).containsExactly(SealCodes.TSA_CERT_UNVERIFIED);
        // And openssl itself agrees that the token is over this seal hash.
        run(dir, "openssl", "ts", "-verify", "-digest", sealHash, "-in", "token.der", "-token_in", "-CAfile", "tsa.crt",
                "-untrusted", "tsa.crt");
    }

    private static void run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(List.of(cmd)).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", cmd) + "\n" + out).isZero();
    }
}
