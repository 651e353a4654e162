package ai.attested.app.cli;

import ai.attested.app.AppException;
import ai.attested.app.operator.KeyUnlocker;
import ai.attested.app.operator.OperatorKeyFile;
import ai.attested.app.vault.VaultInfo;
import ai.attested.app.vault.VaultLocation;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code svault vault verify} can say about whose key signs the vault. The chain check only
 * proves that every seal is signed by the key in {@code vault.json}; someone who controls the disk
 * can swap that key and rebuild both stores under their own (red-team finding 0090 #10). Two
 * anchors lie outside those files: the key id the operator published (pinned with
 * {@code --expect-key}) and the passphrase (it must open {@code operator.key} to the very key
 * {@code vault.json} names). See docs/decisions/0101-vault-operator-key-anchor.md.
 */
final class OperatorKeyAnchor {
    /** {@code --expect-key} names another key than {@code vault.json}'s. */
    static final String VAULT_KEY_UNEXPECTED = "VAULT_KEY_UNEXPECTED";
    /** The passphrase opens {@code operator.key}, but to a key other than {@code vault.json}'s. */
    static final String VAULT_KEY_FILE_MISMATCH = "VAULT_KEY_FILE_MISMATCH";

    private final PrintWriter out;
    private int failures;

    OperatorKeyAnchor(PrintWriter out) {
        this.out = out;
    }

    /** True when no anchor failed. Lines: {@code operator key:}, {@code key pin:}, {@code key file:}, then one {@code error_code:} per failure. */
    boolean check(VaultLocation location, VaultInfo info, Optional<String> expectedKeyId, Optional<KeyUnlocker> passphrase) {
        out.println("operator key: " + info.keyId());
        List<String> errors = new ArrayList<>();
        expectedKeyId.ifPresent(expected -> {
            if (expected.equals(info.keyId())) {
                out.println("key pin: OK (--expect-key " + expected + ")");
            } else {
                out.println("key pin: FAIL");
                fail(errors, VAULT_KEY_UNEXPECTED, "vault.json", "the vault's key is " + info.keyId() + ", not the expected key "
                        + expected + " (--expect-key): its seals are signed by another key than the one published");
            }
        });
        out.println("key file: " + keyFileLine(location, info, passphrase, errors));
        errors.forEach(out::println);
        out.flush();
        return failures == 0;
    }

    private String keyFileLine(VaultLocation location, VaultInfo info, Optional<KeyUnlocker> passphrase, List<String> errors) {
        if (info.testKey()) {
            if (!TestKeys.tvSig001().publicKey().equals(info.publicKey())) {
                fail(errors, VAULT_KEY_FILE_MISMATCH, "vault.json", "vault.json says the test key TV-SIG-001 but names another public key");
                return "FAIL";
            }
            return "TEST KEY (TV-SIG-001, published: anyone can sign as this vault)";
        }
        if (passphrase.isEmpty()) {
            return "NOT CHECKED (no passphrase; set " + ai.attested.app.operator.PassphraseSources.ENV_PASSPHRASE
                    + " or pass --passphrase-file to prove that operator.key holds this key)";
        }
        Ed25519PrivateKey key;
        try {
            key = OperatorKeyFile.unlock(location.keyFile(), passphrase.get().passphrase("prove the operator key of vault "
                    + info.vaultId()));
        } catch (AppException e) {
            // A passphrase that no longer opens the key file is as much a failed proof as a foreign key.
            fail(errors, e.code(), "operator.key", e.getMessage() + " Either the passphrase is mistyped or the key file was replaced.");
            return "FAIL";
        }
        if (!key.publicKey().equals(info.publicKey())) {
            fail(errors, VAULT_KEY_FILE_MISMATCH, "operator.key", "the passphrase opens operator.key to key "
                    + key.publicKey().keyId() + ", but vault.json and the seals name key " + info.keyId());
            return "FAIL";
        }
        return "OK (the passphrase opens operator.key to key " + info.keyId() + ")";
    }

    private void fail(List<String> errors, String code, String where, String sentence) {
        failures++;
        errors.add("error_code: " + code + " (" + where + ") " + sentence);
    }
}
