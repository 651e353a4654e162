package ai.attested.crypto.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.Base64s;
import ai.attested.crypto.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
    private static JsonNode parse(String json) throws JsonFormatException {
        return StrictJson.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String canon(String json) throws JsonFormatException {
        return new String(CanonicalJson.canonicalize(parse(json)), StandardCharsets.UTF_8);
    }

    @Test
    void tvJcs001ReorderedInputHashesToThePublishedValue() throws Exception {
        String shuffled = "{ \"value\": 42, \"stream_id\": \"pressure_psi\", \"sequence_number\": 1,"
                + " \"run_id\": \"run_01HXYZTEST0000000000000001\", \"measurement_time\": 1735600000,"
                + " \"measurement_id\": \"m_0001\", \"artifact_id\": \"art_01HXYZTEST0000000000000001\" }";
        byte[] canonical = CanonicalJson.canonicalize(parse(shuffled));
        assertThat(Base64s.encodeUrl(Sha256.digest(canonical))).isEqualTo("uM22uzzEnt39f1ZO14U_gZ7C7mGvCW87JPKCvgRGe-Q");
    }

    @Test
    void keysSortByUtf16CodeUnitsNotCodePoints() throws Exception {
        // U+1F600 is the surrogate pair D83D DE00, which sorts before U+FB01 (one unit, FB01).
        assertThat(canon("{\"\\ufb01\":1,\"\\ud83d\\ude00\":2,\"a\":3}")).isEqualTo("{\"a\":3,\"\uD83D\uDE00\":2,\"\uFB01\":1}");
    }

    @Test
    void stringsEscapeOnlyWhatJsonRequires() throws Exception {
        assertThat(canon("\"\\u0001\\b\\t\\n\\f\\r\\\"\\\\/\\u007f\\u2028\""))
                .isEqualTo("\"\\u0001\\b\\t\\n\\f\\r\\\"\\\\/\u007f\u2028\"");
    }

    @Test
    void numbersUseEs6Form() throws Exception {
        assertThat(canon("[1.0,-0,1e21,1e-7,0.000001,123456.789e-3,1.5E3,-0.0]"))
                .isEqualTo("[1,0,1e+21,1e-7,0.000001,123.456789,1500,0]");
    }

    @Test
    void prettyJsonParsesBackToTheSameCanonicalBytes() throws Exception {
        JsonNode node = parse("{\"b\":[1,{\"x\":null}],\"a\":\"\\u00e9\",\"c\":{},\"d\":[]}");
        byte[] pretty = PrettyJson.bytes(node);
        assertThat(new String(pretty, StandardCharsets.UTF_8)).isEqualTo(
                "{\n  \"a\": \"é\",\n  \"b\": [\n    1,\n    {\n      \"x\": null\n    }\n  ],\n  \"c\": {},\n  \"d\": []\n}\n");
        assertThat(CanonicalJson.canonicalize(StrictJson.parse(pretty))).isEqualTo(CanonicalJson.canonicalize(node));
    }

    @Test
    void withoutRemovesNestedAndTopLevelFieldsFromACopy() throws Exception {
        JsonNode policy = parse("{\"policy_id\":\"x\",\"issuer\":{\"key_id\":\"k\",\"signature\":\"s\"},\"n\":1}");
        JsonNode stripped = JsonPaths.without(policy, "issuer.signature", "policy_id", "missing.path", "n.deeper");
        assertThat(canonBytes(stripped)).isEqualTo("{\"issuer\":{\"key_id\":\"k\"},\"n\":1}");
        assertThat(policy.path("issuer").has("signature")).isTrue();
    }

    @Test
    void integersBeyond2To53HaveNoCanonicalForm() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("n", 9007199254740993L);
        assertThatThrownBy(() -> CanonicalJson.canonicalize(node)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String canonBytes(JsonNode node) {
        return new String(CanonicalJson.canonicalize(node), StandardCharsets.UTF_8);
    }
}
