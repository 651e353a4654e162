package ai.attested.app.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import ai.attested.app.card.SealCardModel.SubjectKind;
import org.junit.jupiter.api.Test;

class SealCardModelTest {
    private final SealCardModel ok = SealCardSamples.fileSeal();

    @Test
    void malformedVaultIdHashesAndKeyIdAreRefusedWithCardModelInvalid() {
        assertCode(() -> copy("4829-1037-55160", ok.sealHash(), ok.keyId(), ok.qrPayload()), "CARD_MODEL_INVALID");
        assertCode(() -> copy(ok.vaultId(), ok.sealHash().toUpperCase(), ok.keyId(), ok.qrPayload()), "CARD_MODEL_INVALID");
        assertCode(() -> copy(ok.vaultId(), ok.sealHash().substring(1), ok.keyId(), ok.qrPayload()), "CARD_MODEL_INVALID");
        assertCode(() -> copy(ok.vaultId(), ok.sealHash(), "abc", ok.qrPayload()), "CARD_MODEL_INVALID");
        assertCode(() -> new SealCardModel(ok.vaultId(), -1, SubjectKind.FILE, "", ok.subjectSha256(), ok.sealHash(),
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
        SealCardModel m = new SealCardModel(ok.vaultId(), 0, SubjectKind.TEXT, null, ok.subjectSha256(), ok.sealHash(),
                ok.keyId(), null, null, ok.deviceTime(), null, "x");
        assertThat(m.subjectName()).isEmpty();
        assertThat(m.operator()).isEmpty();
        assertThat(m.description()).isEmpty();
        assertThat(m.tsaTimeIfPresent()).isEmpty();
        assertThat(ok.tsaTimeIfPresent()).contains(SealCardSamples.TSA_TIME);
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
