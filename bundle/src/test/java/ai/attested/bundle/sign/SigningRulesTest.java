package ai.attested.bundle.sign;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.model.BundleManifest;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.testing.SampleRun;
import ai.attested.crypto.Base64s;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.JsonPaths;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.Ed25519PublicKey;
import ai.attested.crypto.sig.TestKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The id, hash and signature rules of DESIGN.md §2.2, recomputed here with crypto-core's own
 * deep-copy {@code JsonPaths.without} rather than the production shallow path.
 */
class SigningRulesTest {
    private final Ed25519PrivateKey key = TestKeys.tvSig001();
    private final Ed25519PublicKey pub = key.publicKey();

    private static String jcsSha(JsonNode n, String... without) {
        return Sha256.hex(CanonicalJson.canonicalize(JsonPaths.without(n, without)));
    }

    private static boolean verifies(Ed25519PublicKey k, String sigB64, JsonNode n, String... without) throws Exception {
        return k.isValid(Base64s.decodeStd(sigB64), CanonicalJson.canonicalize(JsonPaths.without(n, without)));
    }

    @Test
    void policyIdIsSha256OfJcsWithoutSignatureAndIdAndSignatureCoversTheId() throws Exception {
        PolicyArtifact p = SampleRun.policy(key);
        JsonNode json = p.toJson();
        assertThat(p.policyId()).isEqualTo(jcsSha(json, "issuer.signature", "policy_id"));
        assertThat(verifies(pub, p.issuer().signature(), json, "issuer.signature")).isTrue();
        assertThat(p.issuer().publicKey()).isEqualTo(pub.base64());
        assertThat(p.issuer().keyId()).isEqualTo(pub.keyId()).hasSize(16);
    }

    @Test
    void additivePolicyFieldsAreKeptAndCoveredByIdAndSignature() throws Exception {
        ObjectNode watch = JsonNodeFactory.instance.objectNode().put("new_files", "DRIFT");
        PolicyArtifact with = PolicySigner.sign(SampleRun.policyDraft().extra("watch", watch), key);
        PolicyArtifact without = SampleRun.policy(key);
        assertThat(with.extraField("watch")).contains(watch);
        assertThat(with.policyId()).isNotEqualTo(without.policyId());
        assertThat(with.policyId()).isEqualTo(jcsSha(with.toJson(), "issuer.signature", "policy_id"));
        ObjectNode edited = (ObjectNode) with.toJson();
        ((ObjectNode) edited.get("watch")).put("new_files", "IGNORE");
        assertThat(verifies(pub, with.issuer().signature(), edited, "issuer.signature")).isFalse();
    }

    @Test
    void receiptIdThenThisHashThenSignatureInTheDesignOrder() throws Exception {
        Receipt r = SampleRun.receipts(SampleRun.policy(key), key).get(4);
        JsonNode json = r.toJson();
        assertThat(r.receiptId()).isEqualTo(jcsSha(json, "signer.signature", "receipt_id", "chain.this_receipt_hash"));
        assertThat(r.thisReceiptHash()).isEqualTo(jcsSha(json, "signer.signature", "chain.this_receipt_hash"));
        assertThat(verifies(pub, r.signer().signature(), json, "signer.signature")).isTrue();
        // this_receipt_hash covers receipt_id: a different id gives a different hash.
        ObjectNode other = (ObjectNode) json.deepCopy();
        other.put("receipt_id", "0".repeat(64));
        assertThat(jcsSha(other, "signer.signature", "chain.this_receipt_hash")).isNotEqualTo(r.thisReceiptHash());
    }

    @Test
    void receiptsChainByPrevHashFromSixtyFourZeros() {
        List<Receipt> rs = SampleRun.receipts(SampleRun.policy(key), key);
        assertThat(rs.get(0).prevReceiptHash()).isEqualTo("0".repeat(64));
        for (int i = 1; i < rs.size(); i++) {
            assertThat(rs.get(i).prevReceiptHash()).isEqualTo(rs.get(i - 1).thisReceiptHash());
            assertThat(rs.get(i).counter()).isEqualTo(i + 1L);
        }
    }

    @Test
    void sealingIsDeterministic() {
        PolicyArtifact p = SampleRun.policy(key);
        assertThat(SampleRun.receipts(p, key)).isEqualTo(SampleRun.receipts(SampleRun.policy(key), key));
    }

    @Test
    void signatureValidIsFalseForAnotherKeyOrMalformedInput() {
        byte[] data = "x".getBytes();
        String sig = Base64s.encodeStd(key.sign(data));
        Ed25519PrivateKey other = Ed25519PrivateKey.fromSeed(new byte[32]);
        assertThat(SigningRules.signatureValid(pub.base64(), sig, data)).isTrue();
        assertThat(SigningRules.signatureValid(other.publicKey().base64(), sig, data)).isFalse();
        assertThat(SigningRules.signatureValid(pub.base64(), "not base64!", data)).isFalse();
        assertThat(SigningRules.signatureValid("AAAA", sig, data)).isFalse();
        assertThat(SigningRules.signatureValid(pub.base64(), Base64s.encodeStd(new byte[65]), data)).isFalse();
    }

    @Test
    void manifestSignatureCoversEverythingButItself() throws Exception {
        BundleManifest m = ManifestSigner.sign(BundleManifest.unsigned(SampleRun.CREATED_AT, "a".repeat(64),
                SampleRun.RUN_ID, 1, "b".repeat(64),
                List.of(new BundleManifest.FileEntry("README.txt", "c".repeat(64), 3)), SampleRun.VERIFIER), key);
        assertThat(verifies(pub, m.signer().signature(), m.toJson(), "signer.signature")).isTrue();
        assertThat(m.signingBytes()).isEqualTo(CanonicalJson.canonicalize(JsonPaths.without(m.toJson(), "signer.signature")));
        assertThat(m.signer().keyId()).isEqualTo(pub.keyId());
    }

    @Test
    void largeManifestsAreCanonicalizedEntryByEntryToTheSameBytes() throws Exception {
        List<BundleManifest.FileEntry> files = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            files.add(new BundleManifest.FileEntry(String.format("receipts/%05d.json", i), Sha256.hex(new byte[] {(byte) i}), i));
        }
        ObjectNode unsigned = BundleManifest.unsigned(SampleRun.CREATED_AT, "a".repeat(64), SampleRun.RUN_ID, 3000,
                "b".repeat(64), files, SampleRun.VERIFIER);
        ((ObjectNode) unsigned.get("files").get(7)).put("note", "additive \u00e9 \"field\"");
        BundleManifest m = ManifestSigner.sign(unsigned, key);
        byte[] reference = CanonicalJson.canonicalize(JsonPaths.without(m.toJson(), "signer.signature"));
        assertThat(m.signingBytes()).isEqualTo(reference);
        assertThat(verifies(pub, m.signer().signature(), m.toJson(), "signer.signature")).isTrue();
        // A document that already contains the placeholder text falls back to whole-document JCS.
        ObjectNode tricky = (ObjectNode) m.toJson();
        tricky.putObject("x").put("files", "\u0001jcs-array-placeholder\u0001");
        assertThat(SigningRules.manifestSigningBytes(tricky))
                .isEqualTo(CanonicalJson.canonicalize(JsonPaths.without(tricky, "signer.signature")));
    }

    @Test
    void compositeHashIsSha256OfConcatenatedRawDigests() {
        // Independent value: python3 hashlib.sha256(sha256(b'a').digest() + sha256(b'b').digest()).
        assertThat(CompositeHash.of(List.of(Sha256.digest("a".getBytes()), Sha256.digest("b".getBytes()))))
                .isEqualTo("e5a01fee14e0ed5c48714f22180f25ad8365b53f9779f79dc4a3d7e93963f94a");
        assertThat(CompositeHash.ofHex(List.of(Sha256.hex("a".getBytes()), Sha256.hex("b".getBytes()))))
                .isEqualTo("e5a01fee14e0ed5c48714f22180f25ad8365b53f9779f79dc4a3d7e93963f94a");
        assertThat(CompositeHash.of(List.of())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
