package ai.attested.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.crypto.Hex;
import ai.attested.crypto.VectorFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** RFC 8032 §7.1 and the 128-line ed25519-dalek TESTVECTORS (djb's sign.input): derive, sign exactly, verify. */
class Rfc8032Ed25519VectorsTest {
    private record Vector(String name, byte[] seed, byte[] pk, byte[] msg, byte[] sig) {
    }

    private static List<Vector> rfc8032() {
        List<Vector> out = new ArrayList<>();
        for (JsonNode v : VectorFiles.json(VectorFiles.vector("ed25519/rfc8032_ed25519_test_vectors.json")).get("vectors")) {
            out.add(new Vector(v.get("name").asText(), Hex.decode(v.get("secret_key").asText()), Hex.decode(v.get("public_key").asText()),
                    Hex.decode(v.get("message").asText()), Hex.decode(v.get("signature").asText())));
        }
        return out;
    }

    private static List<Vector> dalek() {
        List<Vector> out = new ArrayList<>();
        List<String> lines = VectorFiles.lines(VectorFiles.vector("ed25519/TESTVECTORS"));
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split(":", -1);
            byte[] skpk = Hex.decode(f[0]);
            byte[] msg = Hex.decode(f[2]);
            byte[] sigMsg = Hex.decode(f[3]);
            byte[] seed = java.util.Arrays.copyOfRange(skpk, 0, 32);
            assertThat(java.util.Arrays.copyOfRange(skpk, 32, 64)).isEqualTo(Hex.decode(f[1]));
            assertThat(java.util.Arrays.copyOfRange(sigMsg, 64, sigMsg.length)).isEqualTo(msg);
            out.add(new Vector("TESTVECTORS line " + (i + 1), seed, Hex.decode(f[1]), msg, java.util.Arrays.copyOfRange(sigMsg, 0, 64)));
        }
        return out;
    }

    private static void check(Vector v) throws Exception {
        Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(v.seed());
        assertThat(key.publicKey().raw()).as("derived public key").isEqualTo(v.pk());
        assertThat(key.sign(v.msg())).as("signature").isEqualTo(v.sig());
        Ed25519PublicKey.fromRaw(v.pk()).verify(v.sig(), v.msg());
    }

    @Test
    void filesHoldTheExpectedCounts() {
        assertThat(rfc8032()).hasSize(5);
        assertThat(dalek()).hasSize(128);
    }

    @TestFactory
    Stream<DynamicTest> rfc8032Section71() {
        return rfc8032().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> check(v)));
    }

    @TestFactory
    Stream<DynamicTest> dalekTestVectors() {
        return dalek().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> check(v)));
    }
}
