package ai.attested.bundle.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SealQrPayloadTest {

    @Test
    void payloadRoundTripsAndVerifies() throws Exception {
        Seal seal = SealFixtures.textSeal();
        String text = SealQrPayload.of(seal).encode();
        assertThat(text).startsWith("SV1.1234-56789-0123.1.T.1770811200000.").hasSizeLessThan(280);
        SealQrPayload back = SealQrPayload.parse(text);
        assertThat(back.statement()).isEqualTo(seal.statement());
        assertThat(back.signer()).isEqualTo(seal.signer());
        assertThat(back.verify()).isEmpty();
    }

    @Test
    void anyChangedFieldFailsSignature() throws Exception {
        String text = SealQrPayload.of(SealFixtures.textSeal()).encode();
        String[] f = text.split("\\.");
        f[2] = "2";
        assertThat(SealQrPayload.parse(String.join(".", f)).verify()).extracting(SealFinding::code)
                .containsExactly(SealCodes.SEAL_SIGNATURE_INVALID);
        f = text.split("\\.");
        f[4] = "1770811200001";
        assertThat(SealQrPayload.parse(String.join(".", f)).verify()).extracting(SealFinding::code)
                .containsExactly(SealCodes.SEAL_SIGNATURE_INVALID);
        f = text.split("\\.");
        f[3] = "F";
        assertThat(SealQrPayload.parse(String.join(".", f)).verify()).extracting(SealFinding::code)
                .containsExactly(SealCodes.SEAL_SIGNATURE_INVALID);
    }

    @Test
    void hostileTextsAreRefusedWithTheQrCode() {
        String good = SealQrPayload.of(SealFixtures.textSeal()).encode();
        String[] bad = {
            "", "https://example.com", good + ".", good.replace("SV1.", "SV2."), good.replace(".1.T.", ".01.T."),
            good.replace(".T.", ".X."), good + "A", good.replace(".1770811200000.", ".1e12."), good + "\n",
            "SV1." + "a.".repeat(300), good.substring(0, good.length() - 2) + "==",
        };
        for (String b : bad) {
            assertThatThrownBy(() -> SealQrPayload.parse(b)).as(b)
                    .isInstanceOfSatisfying(SealFormatException.class,
                            e -> assertThat(e.code()).isEqualTo(SealFormatException.QR_PAYLOAD_INVALID));
        }
    }
}
