package ai.attested.crypto.json;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.crypto.Hex;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StrictJson#parseStreamingMember} against {@link StrictJson#parse}: the same code for every
 * refused input, wherever the fault sits (before, inside or after the streamed array), and for
 * every accepted input the same document once the handed-over elements are put back.
 */
class StrictJsonStreamingTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The outcome as text: the error code, or the canonical tree with the streamed elements re-inserted. */
    private static String streamed(byte[] doc) {
        List<JsonNode> elements = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        try {
            JsonNode tree = StrictJson.parseStreamingMember(doc, "files", (i, e) -> {
                indexes.add(i);
                elements.add(e);
            });
            if (tree.isObject() && tree.get("files") instanceof ArrayNode) {
                assertThat(tree.get("files")).as("the streamed array stays empty in the tree").isEmpty();
                ((ArrayNode) tree.get("files")).addAll(elements);
            } else {
                assertThat(elements).isEmpty();
            }
            for (int i = 0; i < indexes.size(); i++) {
                assertThat(indexes.get(i)).isEqualTo(i);
            }
            return new String(CanonicalJson.canonicalize(tree), StandardCharsets.UTF_8);
        } catch (JsonFormatException e) {
            return e.code().name();
        }
    }

    private static String whole(byte[] doc) {
        try {
            return new String(CanonicalJson.canonicalize(StrictJson.parse(doc)), StandardCharsets.UTF_8);
        } catch (JsonFormatException e) {
            return e.code().name();
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "{\"files\":[]}",
        "{\"a\":1,\"files\":[{\"p\":\"x\"},{\"p\":\"y\"}],\"z\":[1,2]}",
        "{\"files\":[1,\"two\",null,true,[3,[4]],{\"k\":{\"n\":-0.5}}]}",
        "{\"files\":{\"not\":\"an array\"}}",
        "{\"files\":\"text\"}",
        "[{\"files\":[1,2]}]",
        "{\"x\":{\"files\":[1,2]}}",
        "{\"files\":[1],\"files\":[2]}",
        "{\"files\":[{\"a\":1,\"a\":2}]}",
        "{\"a\":1,\"a\":2,\"files\":[1]}",
        "{\"files\":[1],\"b\":1,\"b\":2}",
        "{\"files\":[9007199254740992]}",
        "{\"files\":[9007199254740991,-9007199254740991]}",
        "{\"files\":[1e300,1.5e16]}",
        "{\"files\":[NaN]}",
        "{\"files\":[\"\\ud800\"]}",
        "{\"files\":[1,]}",
        "{\"files\":[1]} x",
        "{\"files\":[1]}{}",
        "{\"files\":[1]",
        "{\"files\":[{\"p\":1}],\"z\":Infinity}",
        "{\"files\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
        "{\"files\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
        ""
    })
    void sameOutcomeAsTheWholeTreeParse(String doc) {
        assertThat(streamed(utf8(doc))).isEqualTo(whole(utf8(doc)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "7b2266696c6573223a5b22ff225d7d", // {"files":["<FF>"]}
        "7b2266696c6573223a5b5d2c2261223a22c0af227d", // overlong after the array
        "efbbbf7b2266696c6573223a5b5d7d", // byte-order mark
        "7b2266696c6573223a5b315d7d00", // NUL after the value
        "007b7d"
    })
    void sameOutcomeOnRawBytes(String hex) {
        byte[] doc = Hex.decode(hex);
        assertThat(streamed(doc)).isEqualTo(whole(doc)).isNotEmpty();
    }

    @Test
    void refusalCodesAreDistinctAndAsBefore() {
        assertThat(streamed(utf8("{\"files\":[{\"a\":1,\"a\":2}]}"))).isEqualTo("DUPLICATE_KEY");
        assertThat(streamed(utf8("{\"files\":[12345678901234567890]}"))).isEqualTo("INTEGER_OUT_OF_RANGE");
        assertThat(streamed(Hex.decode("7b2266696c6573223a5b22ff225d7d"))).isEqualTo("INVALID_UTF8");
        assertThat(streamed(utf8("{\"files\":[1]} 2"))).isEqualTo("TRAILING_CONTENT");
        assertThat(streamed(utf8("{\"files\":[-Infinity]}"))).isEqualTo("NON_FINITE_NUMBER");
    }

    @Test
    void depthCountsTheLevelsAboveTheStreamedElements() {
        // root object + files array + 62 nested arrays = 64 levels: the bound; one more is TOO_DEEP.
        String atBound = "{\"files\":[" + "[".repeat(62) + "1" + "]".repeat(62) + "]}";
        String beyond = "{\"files\":[" + "[".repeat(63) + "1" + "]".repeat(63) + "]}";
        assertThat(streamed(utf8(atBound))).isEqualTo(whole(utf8(atBound))).startsWith("{");
        assertThat(streamed(utf8(beyond))).isEqualTo(whole(utf8(beyond))).isEqualTo("TOO_DEEP");
    }

    @Test
    void randomDocumentsAndSingleByteDamageAgree() {
        Random random = new Random(42);
        for (int n = 0; n < 300; n++) {
            ObjectNode doc = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            doc.put("bundle_v", "1");
            ArrayNode files = doc.putArray("files");
            for (int i = 0; i < random.nextInt(6); i++) {
                ObjectNode f = files.addObject();
                f.put("path", "receipts/" + random.nextInt(1000) + ".json");
                f.put("size_bytes", random.nextInt(5000));
            }
            doc.putObject("signer").put("key_id", Integer.toHexString(random.nextInt()));
            byte[] bytes = PrettyJson.bytes(doc);
            assertThat(streamed(bytes)).isEqualTo(whole(bytes));
            byte[] damaged = bytes.clone();
            damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            assertThat(streamed(damaged)).as(new String(damaged, StandardCharsets.ISO_8859_1)).isEqualTo(whole(damaged));
        }
    }
}
