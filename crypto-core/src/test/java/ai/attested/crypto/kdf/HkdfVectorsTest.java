package ai.attested.crypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.Hex;
import ai.attested.crypto.VectorFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** RFC 5869 A.1–A.3 (PRK and OKM) and all 86 Wycheproof HKDF-SHA256 cases, including the 3 SizeTooLarge. */
class HkdfVectorsTest {
    private static List<JsonNode> wycheproof() {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode g : VectorFiles.json(VectorFiles.vector("wycheproof/hkdf_sha256_test.json")).get("testGroups")) {
            g.get("tests").forEach(all::add);
        }
        return all;
    }

    @TestFactory
    Stream<DynamicTest> rfc5869() {
        JsonNode tests = VectorFiles.json(VectorFiles.vector("hkdf/rfc5869_hkdf_sha256.json")).get("tests");
        assertThat(tests.size()).isEqualTo(3);
        return StreamSupport.stream(tests.spliterator(), false).map(t -> DynamicTest.dynamicTest(t.get("name").asText(), () -> {
            byte[] ikm = Hex.decode(t.get("ikm").asText());
            byte[] salt = Hex.decode(t.get("salt").asText());
            byte[] info = Hex.decode(t.get("info").asText());
            int length = t.get("L").asInt();
            byte[] prk = Hkdf.extract(salt, ikm);
            assertThat(Hex.encode(prk)).isEqualTo(t.get("prk").asText());
            assertThat(Hex.encode(Hkdf.expand(prk, info, length))).isEqualTo(t.get("okm").asText());
            assertThat(Hex.encode(Hkdf.sha256(ikm, salt, info, length))).isEqualTo(t.get("okm").asText());
        }));
    }

    @Test
    void wycheproofHas86CasesOf3Invalid() {
        List<JsonNode> all = wycheproof();
        assertThat(all).hasSize(86);
        assertThat(all.stream().filter(t -> "invalid".equals(t.get("result").asText()))).hasSize(3)
                .allSatisfy(t -> assertThat(t.get("flags").toString()).contains("SizeTooLarge"));
    }

    @TestFactory
    Stream<DynamicTest> wycheproofHkdfSha256() {
        return wycheproof().stream().map(t -> DynamicTest.dynamicTest("tcId " + t.get("tcId").asInt() + " " + t.get("result").asText(), () -> {
            byte[] ikm = Hex.decode(t.get("ikm").asText());
            byte[] salt = Hex.decode(t.get("salt").asText());
            byte[] info = Hex.decode(t.get("info").asText());
            int size = t.get("size").asInt();
            if ("valid".equals(t.get("result").asText())) {
                assertThat(Hex.encode(Hkdf.sha256(ikm, salt, info, size))).isEqualTo(t.get("okm").asText());
            } else {
                assertThatThrownBy(() -> Hkdf.sha256(ikm, salt, info, size)).isInstanceOf(IllegalArgumentException.class);
            }
        }));
    }
}
