package ai.attested.app.vault;

import ai.attested.app.operator.VaultId;
import ai.attested.crypto.sig.Ed25519PublicKey;

/**
 * A vault's identity as recorded in {@code vault.json}.
 *
 * @param testKey true when the operator key is the published TV-SIG-001 test key (tests and demos
 *     only: anything it signs proves nothing)
 */
public record VaultInfo(VaultId vaultId, String username, Ed25519PublicKey publicKey, String createdAt, boolean testKey) {

    public String keyId() {
        return publicKey.keyId();
    }
}
