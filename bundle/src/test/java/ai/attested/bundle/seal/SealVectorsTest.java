package ai.attested.bundle.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.Sha256;
import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.sig.Ed25519PublicKey;
import ai.attested.crypto.sig.TestKeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holds the code to the published seal vectors, test-vectors/vectors/seal/seal_vectors.json. */
class SealVectorsTest {
    private static final JsonNode V = load();

    private static JsonNode load() {
        try {
            Path p = Path.of(System.getProperty("vectors.dir", "../test-vectors"), "vectors/seal/seal_vectors.json");
            return StrictJson.parse(Files.readAllBytes(p));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void testKeyIsTvSig001() {
        assertThat(V.get("test_key").get("public_key_base64").textValue()).isEqualTo(TestKeys.tvSig001().publicKey().base64());
        assertThat(V.get("test_key").get("key_id").textValue()).isEqualTo("36ee3280c62ed537");
    }

    @Test
    void validSealsReproduceEveryPublishedIntermediate() throws Exception {
        assertThat(V.get("valid")).hasSize(4);
        for (JsonNode c : V.get("valid")) {
            String name = c.get("name").textValue();
            Seal seal = SealCodec.fromTree(c.get("seal"));
            assertThat(new String(SealCodec.hashPreimage(seal), StandardCharsets.UTF_8)).as(name).isEqualTo(c.get("hash_preimage_jcs").textValue());
            assertThat(Sha256.hex(c.get("hash_preimage_jcs").textValue().getBytes(StandardCharsets.UTF_8))).as(name)
                    .isEqualTo(c.get("seal_hash").textValue());
            assertThat(SealCodec.computeSealHash(c.get("seal"))).as(name).isEqualTo(seal.sealHash()).isEqualTo(c.get("seal_hash").textValue());
            assertThat(new String(seal.statement().canonicalBytes(), StandardCharsets.UTF_8)).as(name).isEqualTo(c.get("statement_jcs").textValue());
            byte[] sig = Base64.getDecoder().decode(c.get("signature_base64").textValue());
            assertThat(Ed25519PublicKey.fromBase64(V.get("test_key").get("public_key_base64").textValue())
                    .isValid(sig, c.get("statement_jcs").textValue().getBytes(StandardCharsets.UTF_8))).as(name).isTrue();
            assertThat(SealQrPayload.of(seal).encode()).as(name).isEqualTo(c.get("qr_payload").textValue());
            assertThat(SealQrPayload.parse(c.get("qr_payload").textValue()).verify()).as(name).isEmpty();
            SealCheck check = SealVerifier.verify(seal);
            assertThat(check.failures()).as(name).isEmpty();
            assertThat(check.caveats()).extracting(SealFinding::code).as(name).containsExactly(SealCodes.DEVICE_TIME_ONLY);
            assertThat(CanonicalJson.canonicalize(SealCodec.toTree(seal))).as(name).isEqualTo(CanonicalJson.canonicalize(c.get("seal")));
            if (c.has("subject_text_utf8")) {
                assertThat(Sha256.hex(c.get("subject_text_utf8").textValue().getBytes(StandardCharsets.UTF_8))).isEqualTo(seal.subject().sha256());
            }
        }
    }

    @Test
    void signingTheDraftsAgainGivesTheSameBytes() throws Exception {
        for (JsonNode c : V.get("valid")) {
            Seal seal = SealCodec.fromTree(c.get("seal"));
            if (!seal.extensions().isEmpty()) {
                continue; // drafts carry no additive fields
            }
            Seal again = new SealDraft(seal.vaultId(), seal.seq(), seal.prevSealHash(), seal.subject(), seal.description(),
                    seal.operator(), seal.deviceTime()).sign(TestKeys.tvSig001(), TimeSource.device());
            assertThat(SealCodec.toCanonicalJson(again)).isEqualTo(CanonicalJson.canonicalize(c.get("seal")));
        }
    }

    @Test
    void chainOfValidSealsLinks() throws Exception {
        JsonNode v = V.get("valid");
        for (int i = 1; i < 3; i++) {
            assertThat(v.get(i).get("seal").get("prev_seal_hash").textValue()).isEqualTo(v.get(i - 1).get("seal_hash").textValue());
        }
    }

    @Test
    void invalidSealsFailWithExactlyThePublishedCodes() throws Exception {
        for (JsonNode c : V.get("invalid")) {
            List<String> expected = new ArrayList<>();
            c.get("expected_failures").forEach(n -> expected.add(n.textValue()));
            SealCheck check = SealVerifier.verify(SealCodec.fromTree(c.get("seal")));
            assertThat(check.failures()).extracting(SealFinding::code).as(c.get("name").textValue()).containsExactlyElementsOf(expected);
        }
        for (JsonNode c : V.get("schema_invalid")) {
            assertThatThrownBy(() -> SealCodec.fromJson(c.get("json").textValue().getBytes(StandardCharsets.UTF_8)))
                    .as(c.get("name").textValue())
                    .isInstanceOfSatisfying(SealFormatException.class, e -> assertThat(e.code()).isEqualTo(c.get("expected").textValue()));
        }
        for (JsonNode c : V.get("qr_invalid")) {
            assertThatThrownBy(() -> SealQrPayload.parse(c.get("text").textValue()))
                    .isInstanceOfSatisfying(SealFormatException.class, e -> assertThat(e.code()).isEqualTo(c.get("expected").textValue()));
        }
    }

    @Test
    void folderVectorSortsByUtf8BytesDashBeforeSlash() throws Exception {
        JsonNode f = V.get("folder");
        List<FolderEntry> entries = new ArrayList<>();
        for (JsonNode file : f.get("files")) {
            byte[] b = file.get("content_utf8").textValue().getBytes(StandardCharsets.UTF_8);
            entries.add(new FolderEntry(file.get("path").textValue(), b.length, Sha256.hex(b)));
        }
        String records = f.get("records").textValue();
        assertThat(records).startsWith("Z.txt\n").contains("a-b\n5\n");
        assertThat(records.indexOf("a-b\n")).isLessThan(records.indexOf("a/a\n"));
        assertThat(records.indexOf("a/b\n")).isLessThan(records.indexOf("\u00e9t\u00e9.txt\n"));
        assertThat(Sha256.hex(records.getBytes(StandardCharsets.UTF_8))).isEqualTo(f.get("package_hash").textValue());
        assertThat(PackageHash.compute(entries)).isEqualTo(f.get("package_hash").textValue());
        FolderListing listing = FolderListingCodec.fromJson(CanonicalJson.canonicalize(f.get("listing")));
        assertThat(listing.packageHash()).isEqualTo(f.get("package_hash").textValue());
        assertThat(SealCodec.fromTree(V.get("valid").get(2).get("seal")).subject()).isEqualTo(listing.subject());
    }
}
