package ai.attested.app.vault;

import ai.attested.app.AppException;
import java.util.ArrayList;
import java.util.List;

/**
 * One seal's own checks, needing no other seal: canonical form, hash, signature under the
 * operator key, the vault it names, and its database row against its JSON.
 */
final class SealChecks {

    private final SealCodec codec;
    private final byte[] operatorKey;
    private final String vaultId;

    SealChecks(SealCodec codec, byte[] operatorKey, String vaultId) {
        this.codec = codec;
        this.operatorKey = operatorKey.clone();
        this.vaultId = vaultId;
    }

    /** Reads a seal with its canonical form, hash and signature checked (one just minted, or a mirror line). */
    SealFacts read(String json) {
        return codec.read(json, operatorKey, true);
    }

    /** Reads a seal without checking its signature: enough to learn where it belongs. */
    SealFacts readUnsigned(String json) {
        return codec.read(json, operatorKey, false);
    }

    boolean ofThisVault(SealFacts facts) {
        return facts.vaultId().equals(vaultId);
    }

    /** Checks one seal's content against its own hash and signature, and its row against the content. */
    List<ChainFinding> content(SealRow raw) {
        StoredSeal row = raw.toStoredSeal();
        List<ChainFinding> out = new ArrayList<>(0);
        try {
            SealFacts facts = read(row.json());
            if (!ofThisVault(facts)) {
                out.add(new ChainFinding(row.seq(), "SEAL_VAULT_MISMATCH",
                        "Seal #" + row.seq() + " belongs to vault " + facts.vaultId() + ", not to this vault."));
            }
            if (!row.indexMatches(facts)) {
                out.add(new ChainFinding(row.seq(), "SEAL_INDEX_MISMATCH",
                        "The database columns of seal #" + row.seq() + " differ from the seal's own JSON."));
            }
        } catch (AppException e) {
            out.add(new ChainFinding(row.seq(), e.code(), "Seal #" + row.seq() + " in the database: " + e.getMessage()));
        }
        return out;
    }
}
