package ai.attested.ui;

import ai.attested.app.AppException;
import ai.attested.app.operator.OperatorKeyFile;
import ai.attested.app.vault.Vault;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The operator's signing key for what the vault itself does not sign (sentinel policies and
 * receipts, exported bundles): unlocked from the key file the first time it is needed, exactly as
 * the CLI unlocks it before such commands, then kept for the session. The passphrase copy is wiped
 * as soon as the key is unlocked. Call {@link #get()} off the FX thread (scrypt takes seconds).
 */
final class OperatorKey implements Supplier<Ed25519PrivateKey> {
    private final Vault vault;
    private char[] passphrase;
    private Ed25519PrivateKey key;

    OperatorKey(Vault vault, char[] passphrase) {
        this.vault = vault;
        this.passphrase = passphrase.clone();
    }

    @Override
    public synchronized Ed25519PrivateKey get() {
        if (key == null) {
            Ed25519PrivateKey unlocked = vault.info().testKey() ? TestKeys.tvSig001()
                    : OperatorKeyFile.unlock(vault.location().keyFile(), passphrase);
            if (!unlocked.publicKey().equals(vault.info().publicKey())) {
                throw new AppException("KEY_MISMATCH", "The operator key file does not belong to vault "
                        + vault.info().vaultId().formatted() + ".");
            }
            key = unlocked;
            Arrays.fill(passphrase, '\0');
            passphrase = null;
        }
        return key;
    }

    /** Forgets the passphrase if the key was never needed. */
    synchronized void close() {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
            passphrase = null;
        }
    }
}
