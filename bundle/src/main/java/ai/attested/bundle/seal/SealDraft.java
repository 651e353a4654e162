package ai.attested.bundle.seal;

import ai.attested.crypto.Base64s;
import ai.attested.crypto.Hex;
import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.Ed25519PublicKey;

/**
 * Everything a seal says before it is hashed and signed. Sealing is three steps, so that an
 * RFC 3161 token can be fetched over the seal hash in between:
 * <pre>
 *   String hash = draft.sealHash(key.publicKey());          // 1. what the TSA stamps
 *   TimeSource ts = tsaOrDevice(hash);                       // 2. optional, outside the hash
 *   Seal seal = draft.sign(key, ts);                         // 3. signs the statement
 * </pre>
 */
public record SealDraft(
        String vaultId,
        long seq,
        String prevSealHash,
        SealSubject subject,
        String description,
        String operator,
        String deviceTime) {

    public SealDraft {
        SealRules.vaultId("vault_id", vaultId);
        SealRules.seq("seq", seq);
        SealRules.sha256Hex("prev_seal_hash", prevSealHash);
        SealRules.genesisLink(seq, prevSealHash);
        SealRules.require("subject", subject);
        SealRules.text("description", description, 0, SealRules.MAX_DESCRIPTION_CHARS);
        SealRules.text("operator", operator, 1, SealRules.MAX_OPERATOR_CHARS);
        SealRules.isoMillis("device_time", deviceTime);
    }

    /** The seal hash this draft gets when signed by {@code signer}'s key. */
    public String sealHash(Ed25519PublicKey signer) {
        return Hex.encode(CanonicalJson.sha256(SealTrees.draftTree(SealRules.FORMAT_V1, vaultId, seq, prevSealHash,
                subject, description, operator, deviceTime, signer.base64(), signer.keyId())));
    }

    /** Hashes, signs the statement, and returns the complete seal. */
    public Seal sign(Ed25519PrivateKey key, TimeSource timeSource) {
        Ed25519PublicKey pub = key.publicKey();
        String hash = sealHash(pub);
        SealStatement statement = new SealStatement(SealRules.FORMAT_V1, vaultId, seq, subject.kind(), subject.sha256(),
                hash, deviceTime, pub.keyId());
        byte[] signature = key.sign(statement.canonicalBytes());
        SealSigner signer = new SealSigner(pub.base64(), pub.keyId(), Base64s.encodeStd(signature));
        return new Seal(SealRules.FORMAT_V1, vaultId, seq, prevSealHash, subject, description, operator, deviceTime,
                timeSource, signer, hash, null);
    }
}
