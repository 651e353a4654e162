package ai.attested.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingTest {
    @Test
    void hexIsLowercaseAndDecodesEitherCase() {
        assertThat(Hex.encode(new byte[] {0x00, (byte) 0xab, 0x7f, (byte) 0xff})).isEqualTo("00ab7fff");
        assertThat(Hex.decode("00AB7fFf")).containsExactly(0x00, 0xab, 0x7f, 0xff);
        assertThat(Hex.decode("")).isEmpty();
        assertThat(Hex.isLowerHex("00ab", 4)).isTrue();
        assertThat(Hex.isLowerHex("00AB", 4)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "abc", "0g", "zz", " 0", "0x"})
    void hexRefusesOddLengthAndNonHex(String bad) {
        assertThatThrownBy(() -> Hex.decode(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zg", "Zg=", "Zh==", "Zm9=", "Zm9v\n", " Zg==", "Zg==\r\n", "Z-==", "Z_==", "Zm9vYg", "Zg==Zg=="})
    void standardBase64IsStrict(String bad) {
        assertThatThrownBy(() -> Base64s.decodeStd(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zh", "Zm9", "Z+", "Z/", "Zg=", "Z", "Zg\n", "Zh=="})
    void base64UrlIsStrict(String bad) {
        assertThatThrownBy(() -> Base64s.decodeUrl(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void base64UrlAcceptsPaddedAndUnpadded() {
        assertThat(Base64s.decodeUrl("Zg")).containsExactly('f');
        assertThat(Base64s.decodeUrl("Zg==")).containsExactly('f');
        assertThat(Base64s.encodeUrl(new byte[] {(byte) 0xfb, (byte) 0xff})).isEqualTo("-_8");
        assertThat(Base64s.encodeStd(new byte[] {(byte) 0xfb, (byte) 0xff})).isEqualTo("+/8=");
    }
}
