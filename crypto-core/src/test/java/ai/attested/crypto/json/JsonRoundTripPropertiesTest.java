package ai.attested.crypto.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Canonical and pretty output of arbitrary trees parse back strictly to the same canonical bytes. */
class JsonRoundTripPropertiesTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Provide
    Arbitrary<JsonNode> trees() {
        return Arbitraries.recursive(JsonRoundTripPropertiesTest::scalar,
                inner -> Arbitraries.oneOf(inner, array(inner), object(inner)), 0, 3);
    }

    private static Arbitrary<JsonNode> scalar() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(12).filter(s -> !hasLoneSurrogate(s));
        return Arbitraries.oneOf(
                text.map(F::textNode),
                Arbitraries.longs().between(-StrictJson.MAX_SAFE_INTEGER, StrictJson.MAX_SAFE_INTEGER).map(F::numberNode),
                Arbitraries.doubles().filter(d -> !Double.isNaN(d) && !Double.isInfinite(d) && !StrictJson.printsAsUnsafeInteger(d))
                        .map(F::numberNode),
                Arbitraries.of(F.booleanNode(true), F.booleanNode(false), F.nullNode()));
    }

    private static Arbitrary<JsonNode> array(Arbitrary<JsonNode> inner) {
        return inner.list().ofMaxSize(4).map(items -> {
            ArrayNode a = F.arrayNode();
            items.forEach(a::add);
            return a;
        });
    }

    private static Arbitrary<JsonNode> object(Arbitrary<JsonNode> inner) {
        Arbitrary<String> keys = Arbitraries.strings().all().ofMaxLength(6).filter(s -> !hasLoneSurrogate(s));
        return Arbitraries.maps(keys, inner).ofMaxSize(4).map(fields -> {
            ObjectNode o = F.objectNode();
            for (Map.Entry<String, JsonNode> e : fields.entrySet()) {
                o.set(e.getKey(), e.getValue());
            }
            return o;
        });
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 100)
    void strictlyParsedTreesAlwaysCanonicalize(@ForAll("trees") JsonNode tree) throws Exception {
        // Whatever StrictJson accepts must have a canonical form: hostile input never reaches an unchecked exception.
        JsonNode parsed = StrictJson.parse(PrettyJson.bytes(tree), 1000);
        assertThat(CanonicalJson.canonicalize(parsed)).isNotEmpty();
    }

    @Property(tries = 100)
    void canonicalBytesAreAFixedPointOfStrictParsing(@ForAll("trees") JsonNode tree) throws Exception {
        byte[] canonical = CanonicalJson.canonicalize(tree);
        assertThat(CanonicalJson.canonicalize(StrictJson.parse(canonical, 1000))).isEqualTo(canonical);
    }

    @Property(tries = 100)
    void prettyOutputParsesBackToTheSameCanonicalBytes(@ForAll("trees") JsonNode tree) throws Exception {
        byte[] pretty = PrettyJson.bytes(tree);
        assertThat(pretty[pretty.length - 1]).isEqualTo((byte) '\n');
        assertThat(CanonicalJson.canonicalize(StrictJson.parse(pretty, 1000))).isEqualTo(CanonicalJson.canonicalize(tree));
    }

    @Property(tries = 100)
    void withoutNeverChangesItsInput(@ForAll("trees") JsonNode tree) {
        byte[] before = CanonicalJson.canonicalize(tree);
        List<String> paths = List.of("a", "a.b", "", "x.y.z");
        JsonPaths.without(tree, paths.stream().filter(p -> !p.isEmpty()).toArray(String[]::new));
        assertThat(CanonicalJson.canonicalize(tree)).isEqualTo(before);
    }
}
