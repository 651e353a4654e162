package ai.attested.app.operator;

import ai.attested.app.AppException;
import ai.attested.crypto.keyfile.EncryptedKeyFile;
import ai.attested.crypto.keyfile.KeyFileException;
import ai.attested.crypto.keyfile.ScryptParams;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.nio.file.Path;
import java.util.Arrays;

/** The operator's Ed25519 key on disk, encrypted under a passphrase (crypto-core's EncryptedKeyFile, mode 0600). */
public final class OperatorKeyFile {

    private OperatorKeyFile() {}

    /** Generates a key and writes it encrypted; the passphrase array is wiped. */
    public static Ed25519PrivateKey create(Path file, char[] passphrase, ScryptParams cost) {
        try {
            Ed25519PrivateKey key = Ed25519PrivateKey.generate();
            EncryptedKeyFile.write(file, key, passphrase, cost);
            return key;
        } catch (KeyFileException e) {
            throw translate(file, e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Decrypts the key; the passphrase array is wiped. */
    public static Ed25519PrivateKey unlock(Path file, char[] passphrase) {
        try {
            return EncryptedKeyFile.read(file, passphrase);
        } catch (KeyFileException e) {
            throw translate(file, e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private static AppException translate(Path file, KeyFileException e) {
        return switch (e.code()) {
            case WRONG_PASSPHRASE -> new AppException("PASSPHRASE_WRONG", "The passphrase does not open the operator key " + file + ".", e);
            default -> AppException.passing("The operator key " + file, e);
        };
    }
}
