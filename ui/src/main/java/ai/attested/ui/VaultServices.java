package ai.attested.ui;

import ai.attested.app.seal.SealService;
import ai.attested.app.seal.SealSettings;
import ai.attested.app.vault.BundleSealCodec;
import ai.attested.app.vault.StoredSeal;
import ai.attested.app.vault.Vault;
import ai.attested.app.vault.VaultLocation;
import ai.attested.app.vault.VaultSetup;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealCodec;
import java.nio.charset.StandardCharsets;

/** The `app` services the desktop app uses, built once per session over one vault location. */
final class VaultServices {
    private final VaultLocation location;
    private final SealService sealing = new SealService(SealSettings.defaults());

    VaultServices(VaultLocation location) {
        this.location = location;
    }

    VaultLocation location() {
        return location;
    }

    /** Sealing, the same service {@code svault seal} uses (hashing, description check, listings, append). */
    SealService sealing() {
        return sealing;
    }

    /** An open vault and the operator's key, unlocked when first needed. */
    record OpenVault(Vault vault, OperatorKey key) {}

    /** {@code svault vault init}: a new Vault ID, the operator's encrypted key, an empty chain. */
    OpenVault create(String username, char[] passphrase) {
        char[] copy = passphrase.clone(); // the key file writer wipes the array it is given
        try {
            Vault vault = Vault.create(location, VaultSetup.withPassphrase(username, passphrase), new BundleSealCodec());
            return new OpenVault(vault, new OperatorKey(vault, copy));
        } finally {
            java.util.Arrays.fill(copy, '\0');
        }
    }

    /** Opens the vault (unlocks the key, verifies the chain, completes crash leftovers). */
    OpenVault open(char[] passphrase) {
        char[] copy = passphrase.clone();
        try {
            Vault vault = Vault.open(location, purpose -> passphrase.clone(), new BundleSealCodec());
            return new OpenVault(vault, new OperatorKey(vault, copy));
        } finally {
            java.util.Arrays.fill(copy, '\0');
        }
    }

    /** The seal a stored row holds (the canonical JSON is the authority). */
    static Seal parse(StoredSeal stored) {
        try {
            return SealCodec.fromJson(stored.json().getBytes(StandardCharsets.UTF_8));
        } catch (ai.attested.bundle.seal.SealFormatException e) {
            throw new ai.attested.app.AppException(e.code(), e.getMessage(), e);
        }
    }
}
