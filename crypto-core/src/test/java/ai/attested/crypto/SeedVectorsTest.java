package ai.attested.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.Ed25519PublicKey;
import ai.attested.crypto.sig.KeyId;
import ai.attested.crypto.sig.TestKeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Seed 004 Appendix B.2/B.3: test-vectors/tv-jcs-001.json and tv-sig-001.json. */
class SeedVectorsTest {
    private static final JsonNode JCS = VectorFiles.json(VectorFiles.path("tv-jcs-001.json"));
    private static final JsonNode SIG = VectorFiles.json(VectorFiles.path("tv-sig-001.json"));

    @Test
    void tvJcs001CanonicalizesAndHashes() throws Exception {
        byte[] canonical = CanonicalJson.canonicalize(JCS.get("input"));
        assertThat(new String(canonical, StandardCharsets.UTF_8)).isEqualTo(JCS.get("canonical_utf8").asText());
        assertThat(Base64s.encodeUrl(Sha256.digest(canonical))).isEqualTo(JCS.get("sha256_base64url").asText())
                .isEqualTo("uM22uzzEnt39f1ZO14U_gZ7C7mGvCW87JPKCvgRGe-Q");
        assertThat(CanonicalJson.sha256Hex(JCS.get("input"))).isEqualTo(JCS.get("sha256_hex").asText());
    }

    @Test
    void tvSig001DerivesKeyIdSignsExactlyAndVerifies() throws Exception {
        Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(Base64s.decodeUrl(SIG.get("test_private_seed_base64url").asText()));
        Ed25519PublicKey pub = Ed25519PublicKey.fromRaw(Base64s.decodeUrl(SIG.get("public_key_base64url").asText()));
        assertThat(key.publicKey()).isEqualTo(pub);
        assertThat(KeyId.of(pub.raw())).isEqualTo(SIG.get("key_id").asText()).isEqualTo(TestKeys.TV_SIG_001_KEY_ID);
        byte[] message = SIG.get("message_utf8").asText().getBytes(StandardCharsets.UTF_8);
        assertThat(message).isEqualTo(JCS.get("canonical_utf8").asText().getBytes(StandardCharsets.UTF_8));
        byte[] signature = key.sign(message);
        assertThat(Base64s.encodeUrl(signature)).isEqualTo(SIG.get("signature_base64url").asText());
        pub.verify(Base64s.decodeUrl(SIG.get("signature_base64url").asText()), message);
        assertThat(TestKeys.tvSig001().seed()).isEqualTo(key.seed());
    }

    @Test
    void seedVectorFilesAreLaidOutByPrettyJson() throws Exception {
        for (String name : new String[] {"tv-jcs-001.json", "tv-sig-001.json"}) {
            byte[] file = VectorFiles.bytes(VectorFiles.path(name));
            assertThat(PrettyJson.bytes(StrictJson.parse(file))).as(name).isEqualTo(file);
        }
    }
}
