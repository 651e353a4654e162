package ai.attested.app.seal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.seal.HashedSubject;
import ai.attested.app.seal.SealLimits;
import ai.attested.app.seal.SubjectHasher;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealDraft;
import ai.attested.bundle.seal.SealQrPayload;
import ai.attested.bundle.seal.SealRules;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.crypto.sig.TestKeys;
import ai.attested.verifier.seal.BundleFinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardPayloadVerifierTest {

    private static Seal sealOf(HashedSubject h) {
        return new SealDraft("1234-56789-0123", 1, SealRules.GENESIS_PREV_HASH, h.subject(), "", "alice", "2026-02-11T12:00:00.000Z")
                .sign(TestKeys.tvSig001(), TimeSource.device());
    }

    @Test
    void payloadOfAFileSealVerifiesAgainstTheFileAndFailsOnAChangedByte(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("contract.txt"), "terms and conditions");
        Seal seal = sealOf(new SubjectHasher(SealLimits.defaults()).file(f, s -> { }, new ai.attested.app.seal.CancelToken()));
        String qr = SealQrPayload.of(seal).encode();

        var ok = CardPayloadVerifier.verify(qr, Optional.of(f));
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.text()).contains("signature: OK (key 36ee3280c62ed537", "original: OK", "overall: PASS");
        assertThat(CardPayloadVerifier.verify(qr, Optional.empty()).text()).contains("original: NOT CHECKED");

        Files.writeString(f, "terms and conditionz");
        var bad = CardPayloadVerifier.verify(qr, Optional.of(f));
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.failures()).extracting(BundleFinding::code).containsExactly("FILE_HASH_MISMATCH");
    }

    @Test
    void folderSealPayloadChecksTheFolder(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(root.resolve("a-b"), "1");
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("a/b"), "2");
        Seal seal = sealOf(new SubjectHasher(SealLimits.defaults()).folder(root, s -> { }, new ai.attested.app.seal.CancelToken()));
        String qr = SealQrPayload.of(seal).encode();
        assertThat(CardPayloadVerifier.verify(qr, Optional.of(root)).exitCode()).isZero();
        Files.writeString(root.resolve("new-file"), "3");
        assertThat(CardPayloadVerifier.verify(qr, Optional.of(root)).failures()).extracting(BundleFinding::code)
                .containsExactly("FILE_HASH_MISMATCH");
    }

    @Test
    void tamperedOrForeignPayloadsFailWithCodes() {
        Seal seal = sealOf(new SubjectHasher(SealLimits.defaults()).text("hello"));
        String qr = SealQrPayload.of(seal).encode();
        String tampered = qr.replace(".1.T.", ".2.T.");
        assertThat(CardPayloadVerifier.verify(tampered, Optional.empty()).failures()).extracting(BundleFinding::code)
                .containsExactly("SEAL_SIGNATURE_INVALID");
        var foreign = CardPayloadVerifier.verify("https://example.com/verify?id=1", Optional.empty());
        assertThat(foreign.failures()).extracting(BundleFinding::code).containsExactly("QR_PAYLOAD_INVALID");
        assertThat(foreign.text()).contains("card: FAIL", "overall: FAIL");
    }
}
