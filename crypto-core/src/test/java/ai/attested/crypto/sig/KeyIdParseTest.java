package ai.attested.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link KeyId#parse}: the forms an auditor copies from a card or a report, normalised to 16 lowercase hex. */
class KeyIdParseTest {

    @ParameterizedTest
    @ValueSource(strings = {"36ee3280c62ed537", "36EE3280C62ED537", "36ee 3280 c62e d537", "36EE 3280 C62E D537",
        "  36ee 3280 c62e d537  ", "36ee  3280 c62ed537"})
    void cardAndPlainFormsNormaliseToLowercaseHex(String text) {
        assertThat(KeyId.parse(text)).isEqualTo("36ee3280c62ed537");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "36ee3280c62ed53", "36ee3280c62ed5370", "36ee-3280-c62e-d537", "36ee:3280:c62e:d537",
        "36ee\t3280\tc62e\td537", "36ee3280c62ed53g", "３６ee3280c62ed537"})
    void anythingElseIsRefusedWithASentence(String text) {
        assertThatThrownBy(() -> KeyId.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 hex digits");
    }

    @org.junit.jupiter.api.Test
    void nullIsRefusedLikeEmpty() {
        assertThatThrownBy(() -> KeyId.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
