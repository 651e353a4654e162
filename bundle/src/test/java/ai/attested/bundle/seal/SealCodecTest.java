package ai.attested.bundle.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.json.StrictJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SealCodecTest {

    @Test
    void writtenSealReadsBackEqualAndKeepsItsHash() throws Exception {
        Seal seal = SealFixtures.textSeal();
        byte[] json = SealCodec.toJson(seal);
        assertThat(new String(json, StandardCharsets.UTF_8)).endsWith("}\n").contains("\"format\": \"svault-seal/1\"");
        Seal back = SealCodec.fromJson(json);
        assertThat(back).isEqualTo(seal);
        assertThat(SealCodec.computeSealHash(back)).isEqualTo(seal.sealHash());
        assertThat(SealCodec.fromJson(SealCodec.toCanonicalJson(seal))).isEqualTo(seal);
    }

    @Test
    void sameDraftKeyAndTimeGiveByteIdenticalSeals() {
        assertThat(SealCodec.toJson(SealFixtures.textSeal())).isEqualTo(SealCodec.toJson(SealFixtures.textSeal()));
    }

    @Test
    void folderSubjectCarriesFileCountAndAlgorithm() throws Exception {
        SealSubject folder = SealSubject.folder("docs", 10, "a".repeat(64), 3);
        Seal seal = new SealDraft(SealFixtures.VAULT, 2, "b".repeat(64), folder, "", "bob", SealFixtures.TIME)
                .sign(SealFixtures.KEY, TimeSource.device());
        ObjectNode tree = SealCodec.toTree(seal);
        assertThat(tree.get("subject").get("file_count").longValue()).isEqualTo(3);
        assertThat(tree.get("subject").get("hash_alg").textValue()).isEqualTo(PackageHash.ALGORITHM_ID);
        assertThat(SealCodec.fromJson(SealCodec.toJson(seal))).isEqualTo(seal);
    }

    @Test
    void unknownFieldsAreKeptAndCoveredByTheHash() throws Exception {
        ObjectNode tree = SealCodec.toTree(SealFixtures.textSeal());
        tree.put("x_note", "added later");
        ((ObjectNode) tree.get("subject")).put("mime", "text/plain");
        Seal read = SealCodec.fromTree(tree);
        assertThat(read.extensions()).containsEntry("/x_note", "\"added later\"").containsEntry("/subject/mime", "\"text/plain\"");
        assertThat(SealCodec.toTree(read)).isEqualTo(tree);
        // The extra fields change the recomputed hash: the stored hash no longer matches.
        assertThat(SealCodec.computeSealHash(read)).isNotEqualTo(read.sealHash());
        assertThat(SealVerifier.verify(read).hasFailure(SealCodes.SEAL_HASH_MISMATCH)).isTrue();
    }

    @Test
    void hostileJsonGetsJsonCode() {
        assertCode("{\"format\":\"svault-seal/1\",\"format\":\"x\"}", SealFormatException.SEAL_JSON_INVALID);
        assertCode("{", SealFormatException.SEAL_JSON_INVALID);
        assertCode("[]", SealFormatException.SEAL_SCHEMA_INVALID);
        assertCode("{\"format\":\"svault-seal/9\"}", SealFormatException.SEAL_FORMAT_UNSUPPORTED);
        assertThatThrownBy(() -> SealCodec.fromJson(new byte[SealCodec.MAX_SEAL_BYTES + 1]))
                .isInstanceOfSatisfying(SealFormatException.class, e -> assertThat(e.code()).isEqualTo(SealFormatException.SEAL_JSON_INVALID));
    }

    @Test
    void eachBrokenFieldIsASchemaErrorNamingTheField() throws Exception {
        String good = new String(SealCodec.toCanonicalJson(SealFixtures.textSeal()), StandardCharsets.UTF_8);
        assertSchema(good.replace("\"seq\":1", "\"seq\":0"), "seq");
        assertSchema(good.replace("\"seq\":1", "\"seq\":1.5"), "seq");
        assertSchema(good.replace("\"seq\":1", "\"seq\":\"1\""), "seq");
        assertSchema(good.replace(SealFixtures.VAULT, "1234567890120"), "vault_id");
        assertSchema(good.replace(SealFixtures.TIME, "2026-02-11T12:00:00Z"), "device_time");
        assertSchema(good.replace(SealFixtures.TIME, "2026-02-30T12:00:00.000Z"), "device_time");
        assertSchema(good.replace("\"kind\":\"TEXT\"", "\"kind\":\"text\""), "subject.kind");
        assertSchema(good.replace("\"kind\":\"DEVICE\"", "\"kind\":\"TSA\""), "time_source.token");
        assertSchema(good.replace("\"kind\":\"TEXT\"", "\"kind\":\"FOLDER\""), "FOLDER");
        assertSchema(good.replace("\"operator\":\"alice\"", "\"operator\":\"\""), "operator");
        assertSchema(good.replace("\"prev_seal_hash\":\"" + SealRules.GENESIS_PREV_HASH, "\"prev_seal_hash\":\"" + "1".repeat(64)), "prev_seal_hash");
        assertSchema(good.replace("\"key_id\":\"36ee3280c62ed537\"", "\"key_id\":\"36EE3280C62ED537\""), "signer.key_id");
        String sig = SealFixtures.textSeal().signer().signature();
        assertSchema(good.replace(sig, sig.substring(4)), "signer.signature");
        assertSchema(good.replace(",\"seal_hash\":\"" + SealFixtures.textSeal().sealHash() + "\"", ""), "seal_hash");
    }

    private static void assertSchema(String json, String fieldMention) throws Exception {
        StrictJson.parse(json.getBytes(StandardCharsets.UTF_8)); // still valid JSON: the schema must catch it
        assertThatThrownBy(() -> SealCodec.fromJson(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(SealFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(SealFormatException.SEAL_SCHEMA_INVALID);
                    assertThat(e.getMessage()).contains(fieldMention);
                });
    }

    private static void assertCode(String json, String code) {
        assertThatThrownBy(() -> SealCodec.fromJson(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(SealFormatException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
