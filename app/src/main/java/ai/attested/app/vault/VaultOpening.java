package ai.attested.app.vault;

import ai.attested.app.AppException;
import ai.attested.app.operator.BadWordsFilter;
import ai.attested.app.operator.KeyUnlocker;
import ai.attested.app.operator.OperatorKeyFile;
import ai.attested.app.operator.OperatorName;
import ai.attested.app.operator.VaultId;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Creating and opening a {@link Vault}: the process lock, {@code vault.json}, the operator key and
 * both stores, then the first verification, which completes what a crash interrupted. Whatever
 * fails on the way releases what was already taken.
 */
final class VaultOpening {

    static final LongConsumer NO_HOOK = size -> { };

    private VaultOpening() {
    }

    /** Creates a new vault (Vault ID, operator key, empty chain) and opens it for sealing. */
    static Vault create(VaultLocation location, VaultSetup setup, SealCodec codec) {
        String username = OperatorName.validate(setup.username(), BadWordsFilter.english());
        try {
            Files.createDirectories(location.directory());
        } catch (IOException e) {
            throw new AppException("VAULT_DIR_UNWRITABLE", "Cannot create the vault folder " + location + ": " + e.getMessage(), e);
        }
        VaultLock lock = VaultLock.acquire(location.lockFile());
        try {
            if (Files.exists(location.metadataFile())) {
                throw new AppException("VAULT_EXISTS", "A vault already exists at " + location + "; it is never overwritten.");
            }
            for (var leftover : List.of(location.databaseFile(), location.jsonlMirror(), location.keyFile())) {
                if (Files.exists(leftover)) {
                    throw new AppException("VAULT_INIT_INCOMPLETE", "The folder " + location + " holds " + leftover.getFileName()
                            + " from an unfinished 'vault init'; move the folder's files away and run init again.");
                }
            }
            Ed25519PrivateKey key = setup.testKey()
                    ? TestKeys.tvSig001()
                    : OperatorKeyFile.create(location.keyFile(), setup.passphrase(), setup.scrypt());
            String created = Instant.now(setup.clock()).truncatedTo(ChronoUnit.MILLIS).toString();
            VaultInfo info = new VaultInfo(VaultId.random(), username, key.publicKey(), created, setup.testKey());
            Files.createDirectories(location.checkpointsDirectory());
            JsonlMirror.open(location.jsonlMirror(), true).close();
            SealTable.open(location.databaseBase(), false).close();
            VaultMetadata.write(location.metadataFile(), info); // last: its presence marks a complete vault
            return start(location, info, lock, key, codec, NO_HOOK);
        } catch (IOException e) {
            lock.close();
            throw new AppException("VAULT_WRITE_FAILED", "Cannot create the vault at " + location + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens an existing vault; {@code writable} unlocks the operator key with {@code unlocker} (no
     * network ever) so the vault can seal and sign checkpoints.
     */
    static Vault open(VaultLocation location, KeyUnlocker unlocker, SealCodec codec, boolean writable,
            LongConsumer beforeIntervalCheckpoint) {
        if (!Files.isRegularFile(location.metadataFile())) {
            throw new AppException("VAULT_NOT_FOUND", "There is no vault at " + location
                    + "; create one with 'svault vault init --username NAME'.");
        }
        VaultLock lock = VaultLock.acquire(location.lockFile());
        try {
            VaultInfo info = VaultMetadata.read(location.metadataFile());
            Ed25519PrivateKey key = null;
            if (writable) {
                key = info.testKey()
                        ? TestKeys.tvSig001()
                        : OperatorKeyFile.unlock(location.keyFile(), unlocker.passphrase("open vault " + info.vaultId()));
                if (!key.publicKey().equals(info.publicKey())) {
                    throw new AppException("KEY_MISMATCH", "The operator key file does not belong to vault " + info.vaultId() + ".");
                }
            }
            return start(location, info, lock, key, codec, beforeIntervalCheckpoint);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Vault start(VaultLocation location, VaultInfo info, VaultLock lock, Ed25519PrivateKey key, SealCodec codec,
            LongConsumer beforeIntervalCheckpoint) {
        SealTable table = SealTable.open(location.databaseBase(), true);
        JsonlMirror mirror;
        try {
            mirror = JsonlMirror.open(location.jsonlMirror(), false);
        } catch (RuntimeException e) {
            table.close();
            throw e;
        }
        Vault vault = new Vault(location, info, lock, table, mirror, key, codec, beforeIntervalCheckpoint);
        try {
            vault.verify(false);
            return vault;
        } catch (RuntimeException e) {
            vault.close();
            throw e;
        }
    }
}
