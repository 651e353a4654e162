package ai.attested.crypto.keyfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.Base64s;
import ai.attested.crypto.Hex;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedKeyFileTest {
    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    private Path written(Ed25519PrivateKey key) throws Exception {
        Path file = dir.resolve("operator.key");
        EncryptedKeyFile.write(file, key, PASS, ScryptParams.MINIMUM);
        return file;
    }

    private static KeyFileError codeOf(ThrowingRead read) {
        try {
            read.run();
        } catch (KeyFileException e) {
            assertThat(e.getMessage()).isNotBlank();
            return e.code();
        } catch (Exception e) {
            throw new AssertionError("expected KeyFileException, got " + e, e);
        }
        throw new AssertionError("expected KeyFileException, got none");
    }

    private interface ThrowingRead {
        void run() throws Exception;
    }

    private static void edit(Path file, Consumer<ObjectNode> change) throws Exception {
        ObjectNode node = (ObjectNode) StrictJson.parse(Files.readAllBytes(file));
        change.accept(node);
        Files.write(file, PrettyJson.bytes(node));
    }

    @Test
    void roundTripWithDefaultCostGivesTheSameKey() throws Exception {
        Ed25519PrivateKey key = Ed25519PrivateKey.generate();
        Path file = dir.resolve("default.key");
        EncryptedKeyFile.write(file, key, PASS);
        assertThat(StrictJson.parse(Files.readAllBytes(file)).get("kdf").get("log2_n").intValue()).isEqualTo(17);
        Ed25519PrivateKey back = EncryptedKeyFile.read(file, PASS);
        assertThat(back.seed()).isEqualTo(key.seed());
        assertThat(back.publicKey()).isEqualTo(key.publicKey());
    }

    @Test
    void fileIsCreatedWithMode0600AndNoTemporaryFileIsLeft() throws Exception {
        Path file = written(Ed25519PrivateKey.generate());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void missingParentDirectoriesAreCreatedOwnerOnly() throws Exception {
        Path file = dir.resolve("a").resolve("b").resolve("operator.key");
        EncryptedKeyFile.write(file, Ed25519PrivateKey.generate(), PASS, ScryptParams.MINIMUM);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(EncryptedKeyFile.read(file, PASS)).isNotNull();
    }

    @Test
    void fileHoldsNoSecretInTheClear() throws Exception {
        Ed25519PrivateKey key = TestKeys.tvSig001();
        String text = new String(Files.readAllBytes(written(key)), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(Base64s.encodeStd(key.seed())).doesNotContain(Hex.encode(key.seed()))
                .doesNotContain(Base64s.encodeUrl(key.seed())).doesNotContain("correct horse");
        assertThat(text).contains(key.publicKey().base64()).contains(key.keyId()).endsWith("}\n");
    }

    @Test
    void readPublicKeyNeedsNoPassphrase() throws Exception {
        Ed25519PrivateKey key = Ed25519PrivateKey.generate();
        assertThat(EncryptedKeyFile.readPublicKey(written(key))).isEqualTo(key.publicKey());
    }

    @Test
    void wrongPassphrase() throws Exception {
        Path file = written(Ed25519PrivateKey.generate());
        assertThat(codeOf(() -> EncryptedKeyFile.read(file, "wrong".toCharArray()))).isEqualTo(KeyFileError.WRONG_PASSPHRASE);
    }

    @Test
    void tamperedCiphertextIsCorrupt() throws Exception {
        Path file = written(Ed25519PrivateKey.generate());
        edit(file, n -> {
            byte[] ct = Base64s.decodeStd(n.get("ciphertext").textValue());
            ct[3] ^= 0x01;
            n.put("ciphertext", Base64s.encodeStd(ct));
        });
        assertThat(codeOf(() -> EncryptedKeyFile.read(file, PASS))).isEqualTo(KeyFileError.KEY_FILE_CORRUPT);
    }

    @Test
    void tamperedAuthenticatedHeaderIsCorrupt() throws Exception {
        Path file = written(Ed25519PrivateKey.generate());
        edit(file, n -> n.put("key_type", "Ed25519 "));
        assertThat(codeOf(() -> EncryptedKeyFile.read(file, PASS))).isEqualTo(KeyFileError.KEY_FILE_CORRUPT);
    }

    @Test
    void swappedPublicKeyIsCorrupt() throws Exception {
        Path file = written(Ed25519PrivateKey.generate());
        Ed25519PrivateKey other = Ed25519PrivateKey.generate();
        edit(file, n -> n.put("public_key", other.publicKey().base64()).put("key_id", other.keyId()));
        assertThat(codeOf(() -> EncryptedKeyFile.read(file, PASS))).isEqualTo(KeyFileError.KEY_FILE_CORRUPT);
        edit(file, n -> n.put("key_id", "0000000000000000"));
        assertThat(codeOf(() -> EncryptedKeyFile.readPublicKey(file))).isEqualTo(KeyFileError.KEY_FILE_CORRUPT);
    }

    @Test
    void notJsonIsCorrupt() throws Exception {
        Path file = dir.resolve("junk.key");
        Files.write(file, "not a key".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(codeOf(() -> EncryptedKeyFile.read(file, PASS))).isEqualTo(KeyFileError.KEY_FILE_CORRUPT);
    }

    @Test
    void oversizedOrTruncatedFilesAreCorrupt() throws Exception {
        Path big = dir.resolve("big.key");
        Files.write(big, new byte[EncryptedKeyFile.MAX_FILE_BYTES + 1]);
        Files.setPosixFilePermissions(big, PosixFilePermissions.fromString("rw-------"));
        assertThat(codeOf(() -> EncryptedKeyFile.read(big, PASS))).isEqualTo(KeyFileError.KEY_FILE_CORRUPT);
        Path file = written(Ed25519PrivateKey.generate());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(codeOf(() -> EncryptedKeyFile.read(file, PASS))).isEqualTo(KeyFileError.KEY_FILE_CORRUPT);
    }

    @Test
    void fileSystemFailuresAreIoErrors() throws Exception {
        Path notADirectory = dir.resolve("plain-file");
        Files.write(notADirectory, new byte[] {1});
        assertThat(codeOf(() -> EncryptedKeyFile.write(notADirectory.resolve("operator.key"), Ed25519PrivateKey.generate(), PASS,
                ScryptParams.MINIMUM))).isEqualTo(KeyFileError.KEY_FILE_IO);
        Path directory = Files.createDirectory(dir.resolve("a-directory"));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        assertThat(codeOf(() -> EncryptedKeyFile.read(directory, PASS))).isEqualTo(KeyFileError.KEY_FILE_IO);
    }

    @Test
    void unknownVersionIsUnsupported() throws Exception {
        Path file = written(Ed25519PrivateKey.generate());
        edit(file, n -> n.put("version", 2));
        assertThat(codeOf(() -> EncryptedKeyFile.read(file, PASS))).isEqualTo(KeyFileError.KEY_FILE_UNSUPPORTED_VERSION);
    }

    @Test
    void hostileScryptCostIsRefusedBeforeDerivation() throws Exception {
        Path file = written(Ed25519PrivateKey.generate());
        edit(file, n -> ((ObjectNode) n.get("kdf")).put("log2_n", 30));
        assertThat(codeOf(() -> EncryptedKeyFile.read(file, PASS))).isEqualTo(KeyFileError.KEY_FILE_UNSUPPORTED_KDF);
    }

    @Test
    void missingFileIsNotFound() {
        assertThat(codeOf(() -> EncryptedKeyFile.read(dir.resolve("absent.key"), PASS))).isEqualTo(KeyFileError.KEY_FILE_NOT_FOUND);
        assertThat(codeOf(() -> EncryptedKeyFile.readPublicKey(dir.resolve("absent.key")))).isEqualTo(KeyFileError.KEY_FILE_NOT_FOUND);
    }

    @Test
    void groupOrOtherReadableFileIsRefused() throws Exception {
        Path file = written(Ed25519PrivateKey.generate());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(codeOf(() -> EncryptedKeyFile.read(file, PASS))).isEqualTo(KeyFileError.KEY_FILE_PERMISSIONS);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw----r--"));
        assertThat(codeOf(() -> EncryptedKeyFile.read(file, PASS))).isEqualTo(KeyFileError.KEY_FILE_PERMISSIONS);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assertThat(EncryptedKeyFile.read(file, PASS)).isNotNull();
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Ed25519PrivateKey first = Ed25519PrivateKey.generate();
        Path file = written(first);
        byte[] before = Files.readAllBytes(file);
        assertThat(codeOf(() -> EncryptedKeyFile.write(file, Ed25519PrivateKey.generate(), PASS, ScryptParams.MINIMUM)))
                .isEqualTo(KeyFileError.KEY_FILE_EXISTS);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void twoWritesOfTheSameKeyUseFreshSaltAndNonce() throws Exception {
        Ed25519PrivateKey key = Ed25519PrivateKey.generate();
        byte[] a = EncryptedKeyFile.encode(key, PASS, ScryptParams.MINIMUM);
        byte[] b = EncryptedKeyFile.encode(key, PASS, ScryptParams.MINIMUM);
        assertThat(StrictJson.parse(a).get("kdf").get("salt")).isNotEqualTo(StrictJson.parse(b).get("kdf").get("salt"));
        assertThat(StrictJson.parse(a).get("cipher").get("nonce")).isNotEqualTo(StrictJson.parse(b).get("cipher").get("nonce"));
        assertThat(EncryptedKeyFile.decode(b, PASS).seed()).isEqualTo(key.seed());
    }

    @Test
    void weakScryptParametersCannotBeConstructed() {
        assertThatThrownBy(() -> new ScryptParams(14, 8, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScryptParams(15, 4, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
