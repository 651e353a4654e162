package ai.attested.crypto.keyfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedKeyFileTest {
    @TempDir
    Path dir;

    @Test
    void roundTripGivesTheSameKeyAndMode0600() throws Exception {
        Ed25519PrivateKey key = Ed25519PrivateKey.generate();
        Path file = dir.resolve("operator.key");
        EncryptedKeyFile.write(file, key, "correct horse".toCharArray(), ScryptParams.MINIMUM);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Ed25519PrivateKey back = EncryptedKeyFile.read(file, "correct horse".toCharArray());
        assertThat(back.seed()).isEqualTo(key.seed());
        assertThat(EncryptedKeyFile.readPublicKey(file)).isEqualTo(key.publicKey());
    }

    @Test
    void wrongPassphraseHasItsCode() throws Exception {
        Path file = dir.resolve("k.key");
        EncryptedKeyFile.write(file, Ed25519PrivateKey.generate(), "right".toCharArray(), ScryptParams.MINIMUM);
        assertThatThrownBy(() -> EncryptedKeyFile.read(file, "wrong".toCharArray()))
                .isInstanceOfSatisfying(KeyFileException.class, e -> assertThat(e.code()).isEqualTo(KeyFileError.WRONG_PASSPHRASE));
    }
}
