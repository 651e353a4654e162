package ai.attested.bundle.seal;

import ai.attested.crypto.Base64s;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes test-vectors/vectors/seal/seal_vectors.json (run once by hand; {@link SealVectorsTest}
 * then holds the code to the file). Usage: {@code java ... SealVectorsWriter <out.json>}.
 * Fixed key (TV-SIG-001, test only) and fixed times, so the output is reproducible.
 */
public final class SealVectorsWriter {
    static final Ed25519PrivateKey KEY = TestKeys.tvSig001();
    static final String VAULT = "1234-56789-0123";
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    public static void main(String[] args) throws Exception {
        ObjectNode root = F.objectNode();
        root.put("description", "Sovereign Vault seal format svault-seal/1 (docs/FORMATS.md). Signed with the seed 004 TV-SIG-001 key: TEST ONLY.");
        ObjectNode key = root.putObject("test_key");
        key.put("seed_base64url", TestKeys.TV_SIG_001_SEED);
        key.put("public_key_base64", KEY.publicKey().base64());
        key.put("key_id", KEY.keyId());

        // Folder vector: names that sort differently by bytes ("a-b" < "a/b") than by path components.
        List<String[]> files = List.of(new String[] {"a/b", "slash\n"}, new String[] {"a-b", "dash\n"},
                new String[] {"a/a", ""}, new String[] {"Z.txt", "upper\n"}, new String[] {"\u00e9t\u00e9.txt", "non-ASCII name\n"});
        List<FolderEntry> entries = new ArrayList<>();
        ObjectNode folder = root.putObject("folder");
        ArrayNode fileArr = folder.putArray("files");
        for (String[] f : files) {
            byte[] b = f[1].getBytes(StandardCharsets.UTF_8);
            fileArr.addObject().put("path", f[0]).put("content_utf8", f[1]);
            entries.add(new FolderEntry(f[0], b.length, Sha256.hex(b)));
        }
        StringBuilder records = new StringBuilder();
        for (FolderEntry e : PackageHash.sorted(entries)) {
            records.append(new String(PackageHash.record(e), StandardCharsets.UTF_8));
        }
        folder.put("records", records.toString());
        FolderListing listing = FolderListing.of("pkg", entries, List.of(new FolderListing.Skipped("manifest.json", FolderListing.SkipReason.EXCLUDED)));
        folder.put("package_hash", listing.packageHash());
        folder.set("listing", FolderListingCodec.toTree(listing));

        ArrayNode valid = root.putArray("valid");
        byte[] text = "Hello, Sovereign Vault.".getBytes(StandardCharsets.UTF_8);
        Seal s1 = new SealDraft(VAULT, 1, SealRules.GENESIS_PREV_HASH, SealSubject.text("text", text.length, Sha256.hex(text)),
                "First seal of the vault.", "alice", "2026-02-11T12:00:00.000Z").sign(KEY, TimeSource.device());
        byte[] file = "%PDF-1.7 not really a PDF\n".getBytes(StandardCharsets.UTF_8);
        Seal s2 = new SealDraft(VAULT, 2, s1.sealHash(), SealSubject.file("report.pdf", file.length, Sha256.hex(file)),
                "Quarterly report, final — approved by Jörg.", "alice", "2026-02-11T12:00:01.250Z").sign(KEY, TimeSource.device());
        Seal s3 = new SealDraft(VAULT, 3, s2.sealHash(), listing.subject(), "", "alice", "2026-02-11T12:00:02.000Z")
                .sign(KEY, TimeSource.device());
        valid.add(validCase("text-genesis", s1, "Hello, Sovereign Vault."));
        valid.add(validCase("file", s2, null));
        valid.add(validCase("folder", s3, null));
        valid.add(validCase("additive-field", withExtension(s1), null));

        ArrayNode invalid = root.putArray("invalid");
        ObjectNode t = SealCodec.toTree(s2);
        t.put("description", "Quarterly report, draft");
        invalid.add(invalidCase("description-changed", t, SealCodes.SEAL_HASH_MISMATCH));
        ObjectNode t2 = t.deepCopy();
        t2.put("seal_hash", SealCodec.computeSealHash(t2));
        invalid.add(invalidCase("seal-hash-recomputed-after-change", t2, SealCodes.SEAL_SIGNATURE_INVALID));
        ObjectNode t3 = SealCodec.toTree(s1);
        ((ObjectNode) t3.get("subject")).put("sha256", Sha256.hex("Hello, Sovereign Vault!".getBytes(StandardCharsets.UTF_8)));
        invalid.add(invalidCase("subject-hash-changed", t3, SealCodes.SEAL_HASH_MISMATCH, SealCodes.SEAL_SIGNATURE_INVALID));
        ObjectNode t4 = SealCodec.toTree(s1);
        ((ObjectNode) t4.get("signer")).put("key_id", "0000000000000000");
        invalid.add(invalidCase("key-id-not-the-keys", t4, SealCodes.SEAL_HASH_MISMATCH, SealCodes.SEAL_KEY_ID_MISMATCH,
                SealCodes.SEAL_SIGNATURE_INVALID));

        ArrayNode schema = root.putArray("schema_invalid");
        String c1 = new String(SealCodec.toCanonicalJson(s1), StandardCharsets.UTF_8);
        schema.addObject().put("name", "duplicate-key").put("json", c1.replace("{\"description\"", "{\"seq\":1,\"description\""))
                .put("expected", SealFormatException.SEAL_JSON_INVALID);
        schema.addObject().put("name", "seq-zero").put("json", c1.replace("\"seq\":1", "\"seq\":0"))
                .put("expected", SealFormatException.SEAL_SCHEMA_INVALID);
        schema.addObject().put("name", "time-without-millis").put("json", c1.replace(".000Z", "Z"))
                .put("expected", SealFormatException.SEAL_SCHEMA_INVALID);
        schema.addObject().put("name", "unknown-format").put("json", c1.replace("svault-seal/1", "svault-seal/2"))
                .put("expected", SealFormatException.SEAL_FORMAT_UNSUPPORTED);

        ArrayNode qrBad = root.putArray("qr_invalid");
        String qr = SealQrPayload.of(s1).encode();
        qrBad.addObject().put("text", qr.replace("SV1.", "SV2.")).put("expected", SealFormatException.QR_PAYLOAD_INVALID);
        qrBad.addObject().put("text", qr.replace(".1.T.", ".01.T.")).put("expected", SealFormatException.QR_PAYLOAD_INVALID);
        qrBad.addObject().put("text", qr + "=").put("expected", SealFormatException.QR_PAYLOAD_INVALID);

        Files.write(Path.of(args[0]), PrettyJson.bytes(root));
    }

    static ObjectNode validCase(String name, Seal seal, String subjectText) {
        ObjectNode c = F.objectNode();
        c.put("name", name);
        if (subjectText != null) {
            c.put("subject_text_utf8", subjectText);
        }
        c.set("seal", SealCodec.toTree(seal));
        c.put("hash_preimage_jcs", new String(SealCodec.hashPreimage(seal), StandardCharsets.UTF_8));
        c.put("seal_hash", seal.sealHash());
        c.put("statement_jcs", new String(seal.statement().canonicalBytes(), StandardCharsets.UTF_8));
        c.put("signature_base64", seal.signer().signature());
        c.put("qr_payload", SealQrPayload.of(seal).encode());
        c.putArray("expected_caveats").add(SealCodes.DEVICE_TIME_ONLY);
        return c;
    }

    static ObjectNode invalidCase(String name, JsonNode seal, String... codes) {
        ObjectNode c = F.objectNode();
        c.put("name", name);
        c.set("seal", seal);
        ArrayNode a = c.putArray("expected_failures");
        for (String code : codes) {
            a.add(code);
        }
        return c;
    }

    /** Seal 1 with an additive field {@code x_comment}, hashed and signed with it (DESIGN §2.1.6). */
    static Seal withExtension(Seal s1) throws SealFormatException {
        ObjectNode t = SealCodec.toTree(s1);
        t.put("x_comment", "additive fields are covered by the seal hash");
        String hash = SealCodec.computeSealHash(t);
        t.put("seal_hash", hash);
        SealStatement st = new SealStatement(SealRules.FORMAT_V1, s1.vaultId(), s1.seq(), s1.subject().kind(),
                s1.subject().sha256(), hash, s1.deviceTime(), KEY.keyId());
        ((ObjectNode) t.get("signer")).put("signature", Base64s.encodeStd(KEY.sign(st.canonicalBytes())));
        CanonicalJson.canonicalize(t);
        return SealCodec.fromTree(t);
    }
}
