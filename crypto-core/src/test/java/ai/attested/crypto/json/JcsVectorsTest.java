package ai.attested.crypto.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.Hex;
import ai.attested.crypto.VectorFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** RFC 8785: cyberphone's 6 reference cases byte-exact, RFC 8785 Appendix B numbers, and 10,000 ES6 number lines. */
class JcsVectorsTest {
    private static final List<String> CASES = List.of("arrays", "french", "structures", "unicode", "values", "weird");

    @TestFactory
    Stream<DynamicTest> cyberphoneCasesCanonicalizeByteExact() {
        return CASES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            byte[] input = VectorFiles.bytes(VectorFiles.vector("jcs/input/" + name + ".json"));
            byte[] expected = VectorFiles.bytes(VectorFiles.vector("jcs/output/" + name + ".json"));
            String outhex = new String(VectorFiles.bytes(VectorFiles.vector("jcs/outhex/" + name + ".txt")), "US-ASCII");
            assertThat(Hex.decode(outhex.replaceAll("\\s+", ""))).isEqualTo(expected);
            byte[] actual = CanonicalJson.canonicalize(StrictJson.parse(input));
            assertThat(new String(actual, "UTF-8")).isEqualTo(new String(expected, "UTF-8"));
            assertThat(actual).isEqualTo(expected);
            // Canonical output is a fixed point.
            assertThat(CanonicalJson.canonicalize(StrictJson.parse(actual))).isEqualTo(expected);
        }));
    }

    @TestFactory
    Stream<DynamicTest> rfc8785AppendixBNumbers() {
        JsonNode tests = VectorFiles.json(VectorFiles.vector("jcs/numbers/rfc8785_appendix_b_numbers.json")).get("tests");
        assertThat(tests.size()).isEqualTo(26);
        return java.util.stream.StreamSupport.stream(tests.spliterator(), false).map(t -> DynamicTest.dynamicTest(
                t.get("ieee754_hex").asText() + " " + t.get("comment").asText(), () -> {
                    double d = Double.longBitsToDouble(Long.parseUnsignedLong(t.get("ieee754_hex").asText(), 16));
                    if (t.get("expected").isNull()) {
                        assertThat(t.path("error").asBoolean()).isTrue();
                        assertThatThrownBy(() -> Es6Numbers.format(d)).isInstanceOf(IllegalArgumentException.class);
                        assertThatThrownBy(() -> CanonicalJson.canonicalize(DoubleNode.valueOf(d))).isInstanceOf(IllegalArgumentException.class);
                    } else {
                        assertThat(Es6Numbers.format(d)).isEqualTo(t.get("expected").asText());
                        if (StrictJson.printsAsUnsafeInteger(d)) {
                            // Our profile refuses integers beyond 2^53-1 (decision 0012).
                            assertThatThrownBy(() -> CanonicalJson.number(DoubleNode.valueOf(d))).isInstanceOf(IllegalArgumentException.class);
                        } else {
                            assertThat(CanonicalJson.number(DoubleNode.valueOf(d))).isEqualTo(t.get("expected").asText());
                        }
                    }
                }));
    }

    @Test
    void es6TestFile10kEveryLine() {
        List<String> lines = VectorFiles.lines(VectorFiles.vector("jcs/numbers/es6testfile10k.txt"));
        assertThat(lines).hasSize(10_000);
        int checked = 0;
        for (String line : lines) {
            int comma = line.indexOf(',');
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, comma), 16));
            String expected = line.substring(comma + 1);
            assertThat(Es6Numbers.format(d)).as("line %d: %s", checked + 1, line).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).isEqualTo(10_000);
    }
}
