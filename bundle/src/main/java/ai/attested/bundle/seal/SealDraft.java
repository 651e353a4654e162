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
        return hashed(key.publicKey()).sign(key, timeSource);
    }

    /** This draft with its seal hash for {@code signer} computed once, ready to be signed later (step 3). */
    public Hashed hashed(Ed25519PublicKey signer) {
        return new Hashed(this, signer, sealHash(signer));
    }

    /** A draft whose seal hash is known: what a time-stamp authority stamps, and what is then signed. */
    public static final class Hashed {
        private final SealDraft draft;
        private final Ed25519PublicKey signer;
        private final String sealHash;

        private Hashed(SealDraft draft, Ed25519PublicKey signer, String sealHash) {
            this.draft = draft;
            this.signer = signer;
            this.sealHash = sealHash;
        }

        public String sealHash() {
            return sealHash;
        }

        /** Signs the statement with {@code key}, which must be the key the hash was computed for. */
        public Seal sign(Ed25519PrivateKey key, TimeSource timeSource) {
            if (!key.publicKey().equals(signer)) {
                throw new IllegalArgumentException("the seal hash was computed for key " + signer.keyId() + ", not " + key.keyId());
            }
            SealDraft d = draft;
            SealStatement statement = new SealStatement(SealRules.FORMAT_V1, d.vaultId, d.seq, d.subject.kind(), d.subject.sha256(),
                    sealHash, d.deviceTime, signer.keyId());
            byte[] signature = key.sign(statement.canonicalBytes());
            SealSigner sealSigner = new SealSigner(signer.base64(), signer.keyId(), Base64s.encodeStd(signature));
            return new Seal(SealRules.FORMAT_V1, d.vaultId, d.seq, d.prevSealHash, d.subject, d.description, d.operator,
                    d.deviceTime, timeSource, sealSigner, sealHash, null);
        }
    }
}
