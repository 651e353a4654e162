package ai.attested.bundle.zip;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of {@link ZipPaths}: {@link ZipPaths#collisionKey} gives exactly the
 * NFC-then-lower-case key, {@link ZipPaths#compareUtf8} exactly the code point order.
 */
class ZipPathsFastPathsTest {
    private static String reference(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    @Test
    void sameKeyAsNormalizingEveryName() {
        String alphabet = "aAzZ09._-/ÉéèE\u0301e\u0301İıßẞÅÅΩΩ\uD83D\uDE00";
        Random random = new Random(32);
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + random.nextInt(12);
            for (int i = 0; i < len; i++) {
                int at = random.nextInt(alphabet.length());
                b.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2)
                        : Character.isLowSurrogate(alphabet.charAt(at)) ? "x" : String.valueOf(alphabet.charAt(at)));
            }
            String name = b.toString();
            assertThat(ZipPaths.collisionKey(name)).as(name).isEqualTo(reference(name));
        }
    }

    @Test
    void compareUtf8HasTheSignOfTheCodePointComparison() {
        String alphabet = "ab/0.\u007f\u00e9\u07ff\u0800\ud7ff\ue000\uffff\ud800\udbff\udc00\udfff";
        Random random = new Random(8);
        for (int n = 0; n < 200_000; n++) {
            String a = randomString(random, alphabet);
            String b = random.nextInt(4) == 0 ? a + randomString(random, alphabet) : randomString(random, alphabet);
            assertThat(Integer.signum(ZipPaths.compareUtf8(a, b))).as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(ZipPaths.compareCodePoints(a, b)));
        }
        assertThat(ZipPaths.compareUtf8("\uffff", "\ud83d\ude00")).as("U+FFFF sorts before U+1F600").isNegative();
    }

    private static String randomString(Random random, String alphabet) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(5); i >= 0; i--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void asciiCaseVariantsCollideAndComposedFormsToo() {
        assertThat(ZipPaths.collisionKey("Receipts/0001.JSON")).isEqualTo(ZipPaths.collisionKey("receipts/0001.json"));
        assertThat(ZipPaths.collisionKey("caf\u00e9")).isEqualTo(ZipPaths.collisionKey("CAFE\u0301"));
    }
}
