package ai.attested.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** RFC 4648 §10 and alphabet-distinguishing rows, plus Wycheproof JWK {@code x} ↔ raw key pairs. */
class Base64UrlVectorsTest {
    @TestFactory
    Stream<DynamicTest> rfc4648Rows() {
        JsonNode tests = VectorFiles.json(VectorFiles.vector("base64url/rfc4648_base64url.json")).get("tests");
        assertThat(tests.size()).isGreaterThanOrEqualTo(19);
        return StreamSupport.stream(tests.spliterator(), false).map(t -> DynamicTest.dynamicTest(
                "bytes " + t.get("bytes_hex").asText(), () -> {
                    byte[] bytes = Hex.decode(t.get("bytes_hex").asText());
                    assertThat(Base64s.encodeStd(bytes)).isEqualTo(t.get("base64").asText());
                    assertThat(Base64s.encodeUrl(bytes)).isEqualTo(t.get("base64url_nopad").asText());
                    assertThat(Base64s.decodeStd(t.get("base64").asText())).isEqualTo(bytes);
                    assertThat(Base64s.decodeUrl(t.get("base64url_nopad").asText())).isEqualTo(bytes);
                    assertThat(Base64s.decodeUrl(t.get("base64url").asText())).isEqualTo(bytes);
                }));
    }

    @TestFactory
    Stream<DynamicTest> wycheproofJwkKeys() {
        List<JsonNode> groups = new ArrayList<>();
        VectorFiles.json(VectorFiles.vector("wycheproof/ed25519_test.json")).get("testGroups").forEach(groups::add);
        assertThat(groups).hasSize(78);
        return groups.stream().map(g -> DynamicTest.dynamicTest("jwk x " + g.get("publicKeyJwk").get("x").asText(), () -> {
            byte[] pk = Hex.decode(g.get("publicKey").get("pk").asText());
            assertThat(Base64s.encodeUrl(pk)).isEqualTo(g.get("publicKeyJwk").get("x").asText());
            assertThat(Base64s.decodeUrl(g.get("publicKeyJwk").get("x").asText())).isEqualTo(pk);
        }));
    }
}
