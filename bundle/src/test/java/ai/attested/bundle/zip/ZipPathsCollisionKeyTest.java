package ai.attested.bundle.zip;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ASCII fast path of {@link ZipPaths#collisionKey} gives exactly the NFC-then-lower-case key. */
class ZipPathsCollisionKeyTest {
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
    void asciiCaseVariantsCollideAndComposedFormsToo() {
        assertThat(ZipPaths.collisionKey("Receipts/0001.JSON")).isEqualTo(ZipPaths.collisionKey("receipts/0001.json"));
        assertThat(ZipPaths.collisionKey("caf\u00e9")).isEqualTo(ZipPaths.collisionKey("CAFE\u0301"));
    }
}
