package ai.attested.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.crypto.Hex;
import ai.attested.crypto.VectorFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * C2SP CCTV ed25519vectors.json: 914 edge cases with no single right answer. Our policy is RFC 8032
 * §5.1.7 as written (the cofactored equation [8][S]B = [8]R + [8][k]A) with strict encodings and no
 * small-order public keys: accept unless the flags contain {@code non_canonical_R},
 * {@code non_canonical_A} or {@code low_order_A}. It accepts 212 entries (decision 0011).
 */
class CctvEd25519VectorsTest {
    private static final JsonNode FILE = VectorFiles.json(VectorFiles.vector("ed25519/ed25519vectors.json"));
    private static final Set<String> REJECTED_FLAGS = Set.of("non_canonical_R", "non_canonical_A", "low_order_A");

    private static boolean policyAccepts(JsonNode v) {
        Set<String> flags = new HashSet<>();
        v.get("flags").forEach(f -> flags.add(f.asText()));
        flags.retainAll(REJECTED_FLAGS);
        return flags.isEmpty();
    }

    private static boolean weAccept(JsonNode v) {
        return WycheproofEd25519VectorsTest.accepts(v.get("key").asText(),
                v.get("msg").asText().getBytes(StandardCharsets.US_ASCII), Hex.decode(v.get("sig").asText()));
    }

    @Test
    void all914AreCoveredAndThePolicyAccepts212() {
        assertThat(FILE.size()).isEqualTo(914);
        long accepted = StreamSupport.stream(FILE.spliterator(), false).filter(CctvEd25519VectorsTest::weAccept).count();
        assertThat(accepted).isEqualTo(212);
    }

    @TestFactory
    Stream<DynamicTest> everyVectorFollowsThePolicy() {
        return StreamSupport.stream(FILE.spliterator(), false).map(v -> DynamicTest.dynamicTest(
                "number " + v.get("number").asInt() + " " + v.get("flags"),
                () -> assertThat(weAccept(v)).isEqualTo(policyAccepts(v))));
    }
}
