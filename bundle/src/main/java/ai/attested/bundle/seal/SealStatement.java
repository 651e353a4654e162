package ai.attested.bundle.seal;

import ai.attested.crypto.json.CanonicalJson;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The compact "seal statement" that the operator's Ed25519 signature covers:
 * {@code JCS({"device_time","key_id","seal_hash","seq","subject_kind","subject_sha256","v","vault_id"})}.
 *
 * <p>It is small enough for a QR code and, through {@code seal_hash}, commits to the whole seal.
 * Its {@code v} (the seal format) separates it from every other signed object of this project.
 * See docs/decisions/0070-seal-statement-and-hash.md.
 */
public record SealStatement(
        String v,
        String vaultId,
        long seq,
        SubjectKind subjectKind,
        String subjectSha256,
        String sealHash,
        String deviceTime,
        String keyId) {

    public SealStatement {
        if (!SealRules.FORMAT_V1.equals(v)) {
            throw new IllegalArgumentException("v must be \"" + SealRules.FORMAT_V1 + "\"");
        }
        SealRules.vaultId("vault_id", vaultId);
        SealRules.seq("seq", seq);
        SealRules.require("subject_kind", subjectKind);
        SealRules.sha256Hex("subject_sha256", subjectSha256);
        SealRules.sha256Hex("seal_hash", sealHash);
        SealRules.isoMillis("device_time", deviceTime);
        SealRules.keyId("key_id", keyId);
    }

    /** The statement as a JSON object. */
    public ObjectNode toTree() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("device_time", deviceTime);
        o.put("key_id", keyId);
        o.put("seal_hash", sealHash);
        o.put("seq", seq);
        o.put("subject_kind", subjectKind.name());
        o.put("subject_sha256", subjectSha256);
        o.put("v", v);
        o.put("vault_id", vaultId);
        return o;
    }

    /** The exact bytes that are signed: RFC 8785 canonical JSON of {@link #toTree()}. */
    public byte[] canonicalBytes() {
        return CanonicalJson.canonicalize(toTree());
    }
}
