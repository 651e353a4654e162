package ai.attested.app.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VaultIdTest {

    @Test
    void randomIdsAreThirteenDigitsShownInFourFiveFourGroups() {
        VaultId id = VaultId.random(new SplittableRandom(7));
        assertThat(id.digits()).matches("[0-9]{13}");
        assertThat(id.formatted()).matches("[0-9]{4}-[0-9]{5}-[0-9]{4}");
        assertThat(VaultId.parse(id.formatted())).isEqualTo(id);
        assertThat(VaultId.parse(" " + id.digits() + " ")).isEqualTo(id);
    }

    @Test
    void knownDammCheckDigit() {
        // Damm's worked example: 572 has check digit 4
        assertThat(VaultId.checkDigit("572")).isEqualTo(4);
        assertThat(VaultId.checkDigit("000000000000")).isZero();
        assertThat(VaultId.parse("0000-00000-0000").digits()).isEqualTo("0000000000000");
    }

    @Test
    void everySingleDigitErrorIsCaught() {
        SplittableRandom r = new SplittableRandom(1);
        for (int n = 0; n < 200; n++) {
            String good = VaultId.random(r).digits();
            for (int pos = 0; pos < 13; pos++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == good.charAt(pos)) {
                        continue;
                    }
                    String bad = good.substring(0, pos) + d + good.substring(pos + 1);
                    assertThatThrownBy(() -> VaultId.parse(bad)).extracting(e -> ((AppException) e).code())
                            .isEqualTo("VAULT_ID_CHECK_DIGIT");
                }
            }
        }
    }

    @Test
    void everyAdjacentSwapIsCaught() {
        SplittableRandom r = new SplittableRandom(2);
        for (int n = 0; n < 500; n++) {
            String good = VaultId.random(r).digits();
            for (int pos = 0; pos < 12; pos++) {
                if (good.charAt(pos) == good.charAt(pos + 1)) {
                    continue;
                }
                String bad = good.substring(0, pos) + good.charAt(pos + 1) + good.charAt(pos) + good.substring(pos + 2);
                assertThatThrownBy(() -> VaultId.parse(bad)).isInstanceOf(AppException.class);
            }
        }
    }

    @Test
    void malformedIdsAreRefusedWithACode() {
        for (String s : new String[] {"", "123", "1234-56789-01234", "abcd-efghi-jklm", "1234_56789_0123"}) {
            assertThatThrownBy(() -> VaultId.parse(s)).extracting(e -> ((AppException) e).code()).isEqualTo("VAULT_ID_INVALID");
        }
    }
}
