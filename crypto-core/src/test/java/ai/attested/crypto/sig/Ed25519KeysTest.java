package ai.attested.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.Base64s;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Ed25519KeysTest {
    private static final byte[] TV_JCS_001 = ("{\"artifact_id\":\"art_01HXYZTEST0000000000000001\",\"measurement_id\":\"m_0001\","
            + "\"measurement_time\":1735600000,\"run_id\":\"run_01HXYZTEST0000000000000001\",\"sequence_number\":1,"
            + "\"stream_id\":\"pressure_psi\",\"value\":42}").getBytes(StandardCharsets.UTF_8);
    private static final String TV_SIG_001_SIGNATURE =
            "uqon4tfDmyfYaM9txEyQAHlHPRQVc3Qrw22_0PnFpuEAlrDA8kwnOh4eNa76SdA0d9099mbRh8WRKB0uJurjCg";

    @Test
    void testKeyDerivesThePublishedPublicKeyAndKeyId() {
        Ed25519PrivateKey key = TestKeys.tvSig001();
        assertThat(key.publicKey().base64Url()).isEqualTo(TestKeys.TV_SIG_001_PUBLIC);
        assertThat(key.publicKey().keyId()).isEqualTo("36ee3280c62ed537");
        assertThat(KeyId.of(key.publicKey().raw())).isEqualTo("36ee3280c62ed537");
    }

    @Test
    void signingIsDeterministicAndMatchesTvSig001() throws Exception {
        Ed25519PrivateKey key = TestKeys.tvSig001();
        byte[] sig = key.sign(TV_JCS_001);
        assertThat(Base64s.encodeUrl(sig)).isEqualTo(TV_SIG_001_SIGNATURE);
        key.publicKey().verify(sig, TV_JCS_001);
    }

    @Test
    void aChangedMessageThrowsSignatureInvalid() {
        Ed25519PrivateKey key = TestKeys.tvSig001();
        byte[] sig = key.sign(TV_JCS_001);
        byte[] other = TV_JCS_001.clone();
        other[5] ^= 1;
        assertThatThrownBy(() -> key.publicKey().verify(sig, other)).isInstanceOf(SignatureInvalidException.class);
    }

    @Test
    void aSignatureWithAByteAppendedIsRejectedBeforeTheJdk() {
        Ed25519PrivateKey key = TestKeys.tvSig001();
        byte[] sig = Arrays.copyOf(key.sign(TV_JCS_001), 65);
        assertThatThrownBy(() -> key.publicKey().verify(sig, TV_JCS_001))
                .isInstanceOf(SignatureInvalidException.class).hasMessageContaining("64 bytes");
    }

    @Test
    void publicKeyMustBe32Bytes() {
        assertThatThrownBy(() -> Ed25519PublicKey.fromRaw(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ed25519PublicKey.fromRaw(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsNoSecret() {
        Ed25519PrivateKey key = TestKeys.tvSig001();
        assertThat(key.toString()).contains("36ee3280c62ed537")
                .doesNotContain(TestKeys.TV_SIG_001_SEED)
                .doesNotContain(Base64s.encodeStd(key.seed()))
                .doesNotContain(ai.attested.crypto.Hex.encode(key.seed()));
    }

    @Test
    void keysWithEqualBytesAreEqual() {
        Ed25519PublicKey a = TestKeys.tvSig001().publicKey();
        Ed25519PublicKey b = Ed25519PublicKey.fromBase64(a.base64());
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(Ed25519PrivateKey.generate().publicKey()).isNotEqualTo(a);
    }
}
