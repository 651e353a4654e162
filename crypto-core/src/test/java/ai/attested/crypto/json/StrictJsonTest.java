package ai.attested.crypto.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.Hex;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefused(byte[] input, JsonError code) {
        assertThatThrownBy(() -> StrictJson.parse(input))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void malformed() {
        assertRefused(utf8("{\"a\":}"), JsonError.MALFORMED);
        assertRefused(utf8(""), JsonError.MALFORMED);
        assertRefused(utf8("[1,]"), JsonError.MALFORMED);
        assertRefused(utf8("{'a':1}"), JsonError.MALFORMED);
        assertRefused(utf8("\"tab\there\""), JsonError.MALFORMED);
    }

    @Test
    void leadingByteOrderMarkIsMalformed() {
        assertRefused(Hex.decode("efbbbf7b7d"), JsonError.MALFORMED);
    }

    @Test
    void nulByteIsMalformedNotGuessedAsUtf16() {
        assertRefused(Hex.decode("007b007d"), JsonError.MALFORMED);
        assertRefused(Hex.decode("7b0000007d"), JsonError.MALFORMED);
        assertRefused(utf8("{\"a\":\"x\u0000y\"}"), JsonError.MALFORMED);
    }

    @Test
    void duplicateKey() {
        assertRefused(utf8("{\"a\":1,\"a\":2}"), JsonError.DUPLICATE_KEY);
        assertRefused(utf8("{\"x\":{\"a\":1,\"b\":2,\"a\":1}}"), JsonError.DUPLICATE_KEY);
        // Same key after escape decoding is still a duplicate.
        assertRefused(utf8("{\"a\":1,\"\\u0061\":2}"), JsonError.DUPLICATE_KEY);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "22ff22", // 0xFF never appears in UTF-8
        "22c0af22", // overlong '/'
        "22e080af22", // overlong 3-byte
        "22f08080af22", // overlong 4-byte
        "22eda08022", // UTF-8-encoded high surrogate U+D800
        "22edbfbf22", // UTF-8-encoded low surrogate U+DFFF
        "22f490808022", // above U+10FFFF
        "22e282", // truncated at end of input
        "22e2822022", // truncated inside a string
        "2280", // lone continuation byte
        "7b22c3223a317d", // invalid inside a key
        "5b317dfe" // invalid in trailing garbage is still reported as UTF-8 first
    })
    void invalidUtf8Anywhere(String hex) {
        assertRefused(Hex.decode(hex), JsonError.INVALID_UTF8);
    }

    @Test
    void escapedLoneSurrogateIsInvalidUtf8() {
        assertRefused(utf8("\"\\ud800\""), JsonError.INVALID_UTF8);
        assertRefused(utf8("{\"\\udc00\":1}"), JsonError.INVALID_UTF8);
    }

    @Test
    void validMultiByteUtf8IsAccepted() throws Exception {
        JsonNode node = StrictJson.parse(utf8("{\"k\":\"é€\uD83D\uDE00\",\"pair\":\"\\ud83d\\ude00\"}"));
        assertThat(node.get("k").textValue()).isEqualTo("é€\uD83D\uDE00");
        assertThat(node.get("pair").textValue()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void nonFiniteNumbers() {
        assertRefused(utf8("NaN"), JsonError.NON_FINITE_NUMBER);
        assertRefused(utf8("[Infinity]"), JsonError.NON_FINITE_NUMBER);
        assertRefused(utf8("{\"x\":-Infinity}"), JsonError.NON_FINITE_NUMBER);
        assertRefused(utf8("1e400"), JsonError.NON_FINITE_NUMBER);
    }

    @Test
    void integersBeyondTwoTo53() throws Exception {
        assertRefused(utf8("9007199254740992"), JsonError.INTEGER_OUT_OF_RANGE);
        assertRefused(utf8("[-9007199254740992]"), JsonError.INTEGER_OUT_OF_RANGE);
        assertRefused(utf8("123456789012345678901234567890"), JsonError.INTEGER_OUT_OF_RANGE);
        assertThat(StrictJson.parse(utf8("9007199254740991")).longValue()).isEqualTo(9007199254740991L);
        assertThat(StrictJson.parse(utf8("-9007199254740991")).longValue()).isEqualTo(-9007199254740991L);
    }

    @Test
    void floatLiteralsEqualToUnsafeIntegersAreOutOfRangeBecauseTheirCanonicalFormIsAnInteger() throws Exception {
        assertRefused(utf8("1e16"), JsonError.INTEGER_OUT_OF_RANGE);
        assertRefused(utf8("[-9007199254740992.0]"), JsonError.INTEGER_OUT_OF_RANGE);
        assertRefused(utf8("9.99e20"), JsonError.INTEGER_OUT_OF_RANGE);
        assertThat(StrictJson.parse(utf8("1e21")).doubleValue()).isEqualTo(1e21);
        assertThat(StrictJson.parse(utf8("9007199254740991.0")).doubleValue()).isEqualTo(9007199254740991.0);
        assertThatThrownBy(() -> CanonicalJson.canonicalize(com.fasterxml.jackson.databind.node.DoubleNode.valueOf(1e16)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new String(CanonicalJson.canonicalize(StrictJson.parse(utf8("1e21"))), StandardCharsets.UTF_8)).isEqualTo("1e+21");
    }

    @Test
    void nonIntegersAreDoubles() throws Exception {
        JsonNode node = StrictJson.parse(utf8("[1.5, 1e2, 0.1, 1, -0]"));
        assertThat(node.get(0).isDouble()).isTrue();
        assertThat(node.get(1).isDouble()).isTrue();
        assertThat(node.get(1).doubleValue()).isEqualTo(100.0);
        assertThat(node.get(2).doubleValue()).isEqualTo(0.1);
        assertThat(node.get(3).isInt()).isTrue();
    }

    @Test
    void trailingContent() throws Exception {
        assertRefused(utf8("{} x"), JsonError.TRAILING_CONTENT);
        assertRefused(utf8("{}{}"), JsonError.TRAILING_CONTENT);
        assertRefused(utf8("[1]]"), JsonError.TRAILING_CONTENT);
        assertRefused(utf8("1 2"), JsonError.TRAILING_CONTENT);
        assertRefused(utf8("{\"a\":1}\u0000"), JsonError.TRAILING_CONTENT);
        assertRefused(utf8("[1] // comment"), JsonError.TRAILING_CONTENT);
        assertThat(StrictJson.parse(utf8(" \t\r\n{}\n \t")).isObject()).isTrue();
    }

    @Test
    void depth64IsAcceptedAnd65IsTooDeep() throws Exception {
        assertThat(StrictJson.parse(utf8("[".repeat(64) + "]".repeat(64))).isArray()).isTrue();
        assertRefused(utf8("[".repeat(65) + "]".repeat(65)), JsonError.TOO_DEEP);
        assertRefused(utf8("{\"a\":".repeat(65) + "1" + "}".repeat(65)), JsonError.TOO_DEEP);
    }

    @Test
    void tenMegabytesOfNestingFailTooDeepWithoutStackOverflow() {
        byte[] deep = new byte[10 * 1024 * 1024];
        Arrays.fill(deep, (byte) '[');
        assertRefused(deep, JsonError.TOO_DEEP);
        assertThatThrownBy(() -> StrictJson.parse(new ByteArrayInputStream(deep), deep.length, 100_000))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.code()).isEqualTo(JsonError.TOO_DEEP));
    }

    @Test
    void tooLarge() throws Exception {
        byte[] doc = utf8("{\"a\":\"0123456789\"}");
        assertThatThrownBy(() -> StrictJson.parse(new ByteArrayInputStream(doc), doc.length - 1))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.code()).isEqualTo(JsonError.TOO_LARGE));
        assertThat(StrictJson.parse(new ByteArrayInputStream(doc), doc.length).get("a").textValue()).isEqualTo("0123456789");
    }

    @Test
    void tooLargeStopsReadingAtTheLimit() {
        // An endless stream: the parser must stop after maxBytes + 1 bytes.
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        assertThatThrownBy(() -> StrictJson.parse(endless, 1_000_000))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.code()).isEqualTo(JsonError.TOO_LARGE));
    }

    @Test
    void everyErrorCodeHasATestAbove() {
        assertThat(JsonError.values()).containsExactly(JsonError.MALFORMED, JsonError.DUPLICATE_KEY, JsonError.INVALID_UTF8,
                JsonError.NON_FINITE_NUMBER, JsonError.INTEGER_OUT_OF_RANGE, JsonError.TRAILING_CONTENT, JsonError.TOO_DEEP,
                JsonError.TOO_LARGE);
    }
}
