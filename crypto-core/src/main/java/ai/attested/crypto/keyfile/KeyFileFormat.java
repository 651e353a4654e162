package ai.attested.crypto.keyfile;

import ai.attested.crypto.Base64s;
import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.JsonPaths;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.kdf.Hkdf;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.Ed25519PublicKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * The bytes of an encrypted operator key file, version 1 (docs/decisions/0010-encrypted-key-file.md).
 *
 * <p>scrypt(passphrase, salt) gives a 32-byte master secret; HKDF-SHA256 splits it into the
 * AES-256-GCM key and a 16-byte passphrase check, so that a wrong passphrase and a changed file
 * get different codes. Every field except the ciphertext is the GCM associated data (its
 * canonical JSON), so no header field can be altered unnoticed.
 */
final class KeyFileFormat {
    static final String FORMAT = "sovereign-vault-operator-key";
    static final int VERSION = 1;
    private static final String KDF = "scrypt";
    private static final String CIPHER = "AES-256-GCM";
    private static final byte[] INFO_KEY = ascii("sovereign-vault keyfile v1 aes-256-gcm key");
    private static final byte[] INFO_CHECK = ascii("sovereign-vault keyfile v1 passphrase check");
    private static final int SALT_LENGTH = 16;
    private static final int NONCE_LENGTH = 12;
    private static final int CHECK_LENGTH = 16;
    private static final int TAG_BITS = 128;

    private KeyFileFormat() {
    }

    static byte[] encode(Ed25519PrivateKey key, char[] passphrase, ScryptParams params, SecureRandom random) {
        byte[] salt = new byte[SALT_LENGTH];
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        Ed25519PublicKey pub = key.publicKey();
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        file.put("format", FORMAT);
        file.put("version", VERSION);
        file.put("key_type", "Ed25519");
        file.put("public_key", pub.base64());
        file.put("key_id", pub.keyId());
        ObjectNode kdf = file.putObject("kdf");
        kdf.put("name", KDF);
        kdf.put("log2_n", params.log2N());
        kdf.put("r", params.r());
        kdf.put("p", params.p());
        kdf.put("salt", Base64s.encodeStd(salt));
        ObjectNode cipher = file.putObject("cipher");
        cipher.put("name", CIPHER);
        cipher.put("nonce", Base64s.encodeStd(nonce));
        byte[] master = scrypt(passphrase, salt, params);
        byte[] seed = key.seed();
        try {
            file.put("passphrase_check", Base64s.encodeStd(Hkdf.sha256(master, null, INFO_CHECK, CHECK_LENGTH)));
            byte[] aad = CanonicalJson.canonicalize(file);
            byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, Hkdf.sha256(master, null, INFO_KEY, 32), nonce, aad, seed);
            file.put("ciphertext", Base64s.encodeStd(ciphertext));
            return PrettyJson.bytes(file);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("impossible: tag failure while encrypting", e);
        } finally {
            Arrays.fill(master, (byte) 0);
            Arrays.fill(seed, (byte) 0);
        }
    }

    static Ed25519PrivateKey decode(byte[] bytes, char[] passphrase) throws KeyFileException {
        ObjectNode file = parse(bytes);
        Ed25519PublicKey pub = publicKey(file);
        JsonNode kdf = object(file, "kdf");
        JsonNode cipher = object(file, "cipher");
        if (!KDF.equals(kdf.path("name").asText()) || !CIPHER.equals(cipher.path("name").asText())) {
            throw new KeyFileException(KeyFileError.KEY_FILE_UNSUPPORTED_KDF, "key file uses a KDF or cipher this build does not support");
        }
        ScryptParams params;
        try {
            params = new ScryptParams(integer(kdf, "log2_n"), integer(kdf, "r"), integer(kdf, "p"));
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(KeyFileError.KEY_FILE_UNSUPPORTED_KDF, "key file scrypt cost is outside the accepted bounds", e);
        }
        byte[] salt = bytes(kdf, "salt", SALT_LENGTH);
        byte[] nonce = bytes(cipher, "nonce", NONCE_LENGTH);
        byte[] check = bytes(file, "passphrase_check", CHECK_LENGTH);
        byte[] ciphertext = bytes(file, "ciphertext", 32 + TAG_BITS / 8);
        byte[] master;
        try {
            master = scrypt(passphrase, salt, params);
        } catch (IllegalArgumentException e) {
            // Not encodable as UTF-8, so it cannot be the passphrase this file was written with.
            throw new KeyFileException(KeyFileError.WRONG_PASSPHRASE, "the passphrase does not open this key file", e);
        }
        byte[] seed = null;
        try {
            if (!MessageDigest.isEqual(check, Hkdf.sha256(master, null, INFO_CHECK, CHECK_LENGTH))) {
                throw new KeyFileException(KeyFileError.WRONG_PASSPHRASE, "the passphrase does not open this key file");
            }
            byte[] aad = CanonicalJson.canonicalize(JsonPaths.without(file, "ciphertext"));
            seed = gcm(Cipher.DECRYPT_MODE, Hkdf.sha256(master, null, INFO_KEY, 32), nonce, aad, ciphertext);
            Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(seed);
            if (!key.publicKey().equals(pub)) {
                throw corrupt("the key file's public key does not belong to its private key");
            }
            return key;
        } catch (AEADBadTagException e) {
            throw new KeyFileException(KeyFileError.KEY_FILE_CORRUPT, "the key file was altered after it was written (authentication failed)", e);
        } finally {
            Arrays.fill(master, (byte) 0);
            if (seed != null) {
                Arrays.fill(seed, (byte) 0);
            }
        }
    }

    static ObjectNode parse(byte[] bytes) throws KeyFileException {
        JsonNode node;
        try {
            node = StrictJson.parse(bytes);
        } catch (JsonFormatException e) {
            throw new KeyFileException(KeyFileError.KEY_FILE_CORRUPT, "the key file is not valid JSON (" + e.code() + ")", e);
        }
        if (!node.isObject() || !FORMAT.equals(node.path("format").asText(null))) {
            throw corrupt("the file is not a Sovereign Vault key file");
        }
        JsonNode version = node.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw corrupt("the key file has no version number");
        }
        if (version.asLong() != VERSION) {
            throw new KeyFileException(KeyFileError.KEY_FILE_UNSUPPORTED_VERSION,
                    "key file version " + version.asLong() + " is not supported (this build reads version " + VERSION + ")");
        }
        return (ObjectNode) node;
    }

    static Ed25519PublicKey publicKey(JsonNode file) throws KeyFileException {
        Ed25519PublicKey pub;
        try {
            pub = Ed25519PublicKey.fromBase64(text(file, "public_key"));
        } catch (IllegalArgumentException e) {
            throw corrupt("the key file's public key is not a valid Ed25519 key");
        }
        if (!pub.keyId().equals(text(file, "key_id"))) {
            throw corrupt("the key file's key_id does not match its public key");
        }
        return pub;
    }

    private static byte[] gcm(int mode, byte[] key, byte[] nonce, byte[] aad, byte[] input) throws AEADBadTagException {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(aad);
            return c.doFinal(input);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is unavailable in this JDK", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] scrypt(char[] passphrase, byte[] salt, ScryptParams params) {
        byte[] pass = utf8(passphrase);
        try {
            return SCrypt.generate(pass, salt, params.n(), params.r(), params.p(), 32);
        } finally {
            Arrays.fill(pass, (byte) 0);
        }
    }

    /** UTF-8 of the passphrase as typed (no Unicode normalization), never through an immutable String. */
    private static byte[] utf8(char[] passphrase) {
        try {
            ByteBuffer buf = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(passphrase));
            byte[] out = new byte[buf.remaining()];
            buf.get(out);
            if (buf.hasArray()) {
                Arrays.fill(buf.array(), (byte) 0);
            }
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the passphrase contains an unpaired surrogate character", e);
        }
    }

    private static JsonNode object(JsonNode parent, String field) throws KeyFileException {
        JsonNode n = parent.get(field);
        if (n == null || !n.isObject()) {
            throw corrupt("the key file has no \"" + field + "\" object");
        }
        return n;
    }

    private static String text(JsonNode parent, String field) throws KeyFileException {
        JsonNode n = parent.get(field);
        if (n == null || !n.isTextual()) {
            throw corrupt("the key file has no \"" + field + "\" text");
        }
        return n.textValue();
    }

    private static int integer(JsonNode parent, String field) throws KeyFileException {
        JsonNode n = parent.get(field);
        if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) {
            throw corrupt("the key file has no integer \"" + field + "\"");
        }
        return n.intValue();
    }

    private static byte[] bytes(JsonNode parent, String field, int length) throws KeyFileException {
        byte[] b;
        try {
            b = Base64s.decodeStd(text(parent, field));
        } catch (IllegalArgumentException e) {
            throw corrupt("the key file's \"" + field + "\" is not valid base64");
        }
        if (b.length != length) {
            throw corrupt("the key file's \"" + field + "\" has " + b.length + " bytes, not " + length);
        }
        return b;
    }

    private static KeyFileException corrupt(String message) {
        return new KeyFileException(KeyFileError.KEY_FILE_CORRUPT, message);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
