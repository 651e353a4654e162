package ai.attested.crypto.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The writer emits UTF-8 bytes directly; here it is held to the text-then-encode form it replaced:
 * RFC 8785 escaping into a string, then {@code getBytes(UTF_8)}.
 */
class JsonTextBytesTest {
    /** The previous writer's string rule, then the JDK's UTF-8 encoder. */
    private static byte[] reference(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyKindOfCharacterEncodesAsBefore() {
        Random random = new Random(8785);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                switch (random.nextInt(6)) {
                    case 0 -> b.append((char) random.nextInt(0x80));
                    case 1 -> b.append((char) (0x80 + random.nextInt(0x780)));
                    case 2 -> b.append((char) (0x800 + random.nextInt(0xd000)));
                    case 3 -> b.append((char) (0xe000 + random.nextInt(0x2000)));
                    case 4 -> b.appendCodePoint(0x10000 + random.nextInt(0x100000));
                    default -> b.append("\"\\\b\f\n\r\t\u0000\u001f\u007f".charAt(random.nextInt(10)));
                }
            }
            String s = b.toString();
            assertThat(CanonicalJson.canonicalize(TextNode.valueOf(s))).as(s).isEqualTo(reference(s));
        }
    }

    @Test
    void loneSurrogatesAreStillRefused() {
        for (String s : new String[] {"\ud800", "a\udc00", "\ud800x", "\udbff\udbff"}) {
            assertThatThrownBy(() -> CanonicalJson.canonicalize(TextNode.valueOf(s))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void integerBoundsAsBigIntegerBitLength() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        long max = (1L << 53) - 1;
        assertThat(CanonicalJson.canonicalize(f.numberNode(max))).asString(StandardCharsets.US_ASCII).isEqualTo(Long.toString(max));
        assertThat(CanonicalJson.canonicalize(f.numberNode(-(1L << 53)))).asString(StandardCharsets.US_ASCII).isEqualTo("-9007199254740992");
        assertThat(CanonicalJson.canonicalize(f.numberNode(BigInteger.valueOf(-5)))).asString(StandardCharsets.US_ASCII).isEqualTo("-5");
        for (Object big : new Object[] {1L << 53, -(1L << 53) - 1, Long.MAX_VALUE, Long.MIN_VALUE, BigInteger.ONE.shiftLeft(70)}) {
            var node = big instanceof Long ? f.numberNode((Long) big) : f.numberNode((BigInteger) big);
            assertThatThrownBy(() -> CanonicalJson.canonicalize(node)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(big.toString());
        }
    }
}
