package ai.attested.app.sentinel.policy;

import ai.attested.app.AppException;
import ai.attested.crypto.keyfile.EncryptedKeyFile;
import ai.attested.crypto.keyfile.KeyFileException;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that turns key options into the issuer key for policies, receipts and bundle
 * manifests: the public test key TV-SIG-001 (demos and tests only), an encrypted key file whose
 * passphrase comes from SVAULT_PASSPHRASE or a passphrase file, or — for the golden run only — a
 * fresh key that lives in memory for one run. The vault's operator key plugs in here later.
 */
public final class SigningKeys {
    public static final String PASSPHRASE_ENV = "SVAULT_PASSPHRASE";

    private SigningKeys() {
    }

    /** What the user asked for. */
    public record Choice(boolean testKey, Optional<Path> keyFile, Optional<Path> passphraseFile) {
        public static Choice none() {
            return new Choice(false, Optional.empty(), Optional.empty());
        }

        public boolean given() {
            return testKey || keyFile.isPresent();
        }
    }

    /** A key and a plain description of where it came from (printed, never the key itself). */
    public record Resolved(Ed25519PrivateKey key, String description, boolean testKey) {
        public String keyId() {
            return key.publicKey().keyId();
        }
    }

    /** Resolves an explicit choice; no choice is KEY_REQUIRED. */
    public static Resolved resolve(Choice choice, Map<String, String> env) {
        if (choice.testKey() && choice.keyFile().isPresent()) {
            throw new AppException("KEY_OPTIONS_CONFLICT", "Give either --test-key or --key-file, not both.");
        }
        if (choice.testKey()) {
            return new Resolved(TestKeys.tvSig001(), "public TEST key TV-SIG-001 (demo only; anyone can sign with it)", true);
        }
        if (choice.keyFile().isEmpty()) {
            throw new AppException("KEY_REQUIRED",
                    "A signing key is needed: --key-file FILE (passphrase from " + PASSPHRASE_ENV
                            + " or --passphrase-file), or --test-key for a demo.");
        }
        Path file = choice.keyFile().get();
        char[] passphrase = passphrase(choice.passphraseFile(), env);
        try {
            Ed25519PrivateKey key = EncryptedKeyFile.read(file, passphrase);
            return new Resolved(key, "key file " + file, false);
        } catch (KeyFileException e) {
            throw new AppException("KEY_FILE_UNREADABLE", "The key file " + file + " could not be opened: " + e.getMessage(), e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** For the golden run: the explicit choice if any, otherwise a fresh in-memory key for this run. */
    public static Resolved resolveOrEphemeral(Choice choice, Map<String, String> env) {
        if (choice.given()) {
            return resolve(choice, env);
        }
        Ed25519PrivateKey key = Ed25519PrivateKey.generate();
        return new Resolved(key, "ephemeral key " + key.publicKey().keyId()
                + " (generated for this run, not stored: give --key-file to sign with your own key)", false);
    }

    private static char[] passphrase(Optional<Path> file, Map<String, String> env) {
        if (file.isPresent()) {
            try {
                String text = Files.readString(file.get(), StandardCharsets.UTF_8);
                // a final newline from an editor is not part of the passphrase; other whitespace is
                String pass = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                        : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
                return pass.toCharArray();
            } catch (IOException e) {
                throw new AppException("PASSPHRASE_FILE_UNREADABLE", "The passphrase file " + file.get() + " could not be read.", e);
            }
        }
        String fromEnv = env.get(PASSPHRASE_ENV);
        if (fromEnv == null || fromEnv.isEmpty()) {
            throw new AppException("PASSPHRASE_REQUIRED",
                    "The key file is encrypted: set " + PASSPHRASE_ENV + " or give --passphrase-file.");
        }
        return fromEnv.toCharArray();
    }
}
