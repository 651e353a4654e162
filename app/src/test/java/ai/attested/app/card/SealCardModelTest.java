package ai.attested.app.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealQrPayload;
import ai.attested.crypto.sig.TestKeys;
import java.time.Instant;
import ai.attested.bundle.seal.SubjectKind;
import org.junit.jupiter.api.Test;

class SealCardModelTest {
    private final SealCardModel ok = SealCardSamples.fileSeal();

    @Test
    void malformedVaultIdHashesAndKeyIdAreRefusedWithCardModelInvalid() {
        assertCode(() -> copy("4829-1037-55160", ok.sealHash(), ok.keyId(), ok.qrPayload()), "CARD_MODEL_INVALID");
        assertCode(() -> copy(ok.vaultId(), ok.sealHash().toUpperCase(), ok.keyId(), ok.qrPayload()), "CARD_MODEL_INVALID");
        assertCode(() -> copy(ok.vaultId(), ok.sealHash().substring(1), ok.keyId(), ok.qrPayload()), "CARD_MODEL_INVALID");
        assertCode(() -> copy(ok.vaultId(), ok.sealHash(), "abc", ok.qrPayload()), "CARD_MODEL_INVALID");
        assertCode(() -> new SealCardModel(ok.vaultId(), 0, SubjectKind.FILE, "", ok.subjectSha256(), ok.sealHash(),
                ok.keyId(), "", "", ok.deviceTime(), null, ok.qrPayload()), "CARD_MODEL_INVALID");
        assertCode(() -> new SealCardModel(ok.vaultId(), 1, SubjectKind.FILE, "", ok.subjectSha256(), ok.sealHash(),
                ok.keyId(), "", "", null, null, ok.qrPayload()), "CARD_MODEL_INVALID");
    }

    @Test
    void payloadMustBeNonEmptyPrintableAsciiAndAtMost600Chars() {
        assertCode(() -> SealCardSamples.withPayload(ok, ""), "CARD_QR_PAYLOAD_EMPTY");
        assertCode(() -> SealCardSamples.withPayload(ok, "caf\u00e9"), "CARD_QR_PAYLOAD_NOT_ASCII");
        assertCode(() -> SealCardSamples.withPayload(ok, "line\nbreak"), "CARD_QR_PAYLOAD_NOT_ASCII");
        assertCode(() -> SealCardSamples.withPayload(ok, "a".repeat(SealCardModel.MAX_QR_PAYLOAD + 1)),
                "CARD_QR_PAYLOAD_TOO_LONG");
        assertThat(SealCardSamples.withPayload(ok, "~".repeat(SealCardModel.MAX_QR_PAYLOAD)).qrPayload())
                .hasSize(SealCardModel.MAX_QR_PAYLOAD);
    }

    @Test
    void missingTextFieldsBecomeEmptyAndTsaTimeIsOptional() {
        SealCardModel m = new SealCardModel(ok.vaultId(), 1, SubjectKind.TEXT, null, ok.subjectSha256(), ok.sealHash(),
                ok.keyId(), null, null, ok.deviceTime(), null, "x");
        assertThat(m.subjectName()).isEmpty();
        assertThat(m.operator()).isEmpty();
        assertThat(m.description()).isEmpty();
        assertThat(m.tsaTimeIfPresent()).isEmpty();
        assertThat(ok.tsaTimeIfPresent()).contains(SealCardSamples.TSA_TIME);
    }

    @Test
    void fromSealCarriesTheSealsOwnFieldsAndItsSv1PayloadAndTsaTime() throws Exception {
        Seal seal = SealCardSamples.seal(7, SubjectKind.FOLDER, "evidence", "Folder for the auditor.");
        SealCardModel m = SealCardModel.fromSeal(seal);
        assertThat(m.vaultId()).isEqualTo(seal.vaultId());
        assertThat(m.sequence()).isEqualTo(7);
        assertThat(m.subjectKind()).isEqualTo(SubjectKind.FOLDER);
        assertThat(m.subjectName()).isEqualTo("evidence");
        assertThat(m.subjectSha256()).isEqualTo(seal.subject().sha256());
        assertThat(m.sealHash()).isEqualTo(seal.sealHash());
        assertThat(m.keyId()).isEqualTo(TestKeys.TV_SIG_001_KEY_ID);
        assertThat(m.operator()).isEqualTo("Dana Whitfield");
        assertThat(m.description()).isEqualTo("Folder for the auditor.");
        assertThat(m.deviceTime()).isEqualTo(Instant.parse(SealCardSamples.DEVICE_TIME));
        assertThat(m.tsaTime()).isNull();
        assertThat(SealQrPayload.parse(m.qrPayload()).statement()).isEqualTo(seal.statement());
        assertThat(m.qrPayload()).startsWith("SV1.").hasSizeBetween(200, 300);
        // A seal with a real RFC 3161 token shows the token's time.
        assertThat(SealCardSamples.fileSeal().tsaTime()).isEqualTo(SealCardSamples.TSA_TIME);
    }

    private SealCardModel copy(String vaultId, String sealHash, String keyId, String payload) {
        return new SealCardModel(vaultId, ok.sequence(), ok.subjectKind(), ok.subjectName(), ok.subjectSha256(),
                sealHash, keyId, ok.operator(), ok.description(), ok.deviceTime(), ok.tsaTime(), payload);
    }

    static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(((AppException) e).code()).isEqualTo(code));
    }
}
