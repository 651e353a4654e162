package ai.attested.app.vault;

import ai.attested.app.operator.VaultId;
import ai.attested.crypto.sig.Ed25519PrivateKey;

/**
 * Everything a new seal needs from the vault: where it goes in the chain and who signs it.
 *
 * @param seq the new seal's number (1 for the first)
 * @param prevSealHash the previous seal's hash, 64 zeros for the first
 */
public record SealContext(VaultId vaultId, String operator, long seq, String prevSealHash, Ed25519PrivateKey signer) {}
