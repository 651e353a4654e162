package ai.attested.app.vault;

import ai.attested.app.AppException;
import ai.attested.app.operator.VaultId;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.sig.Ed25519PublicKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Reads and writes {@code vault.json}, the vault's identity; written once at init, never changed. */
final class VaultMetadata {

    static final String FORMAT = "sovereign-vault/1";
    private static final long MAX_BYTES = 64 * 1024;

    private VaultMetadata() {}

    static void write(Path file, VaultInfo info) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", FORMAT);
        o.put("vault_id", info.vaultId().formatted());
        o.put("username", info.username());
        o.put("public_key", info.publicKey().base64());
        o.put("key_id", info.keyId());
        o.put("key_protection", info.testKey() ? "TEST_KEY_TV_SIG_001" : "PASSPHRASE_SCRYPT_AES_GCM");
        o.put("created_at", info.createdAt());
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
            out.write(PrettyJson.bytes(o));
        } catch (IOException e) {
            throw new AppException("VAULT_WRITE_FAILED", "Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static VaultInfo read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw malformed(file, "it is too large");
            }
            JsonNode o = StrictJson.parse(Files.readAllBytes(file));
            if (!FORMAT.equals(text(o, "format", file))) {
                throw malformed(file, "its format is not " + FORMAT);
            }
            Ed25519PublicKey key = Ed25519PublicKey.fromBase64(text(o, "public_key", file));
            if (!key.keyId().equals(text(o, "key_id", file))) {
                throw malformed(file, "key_id does not match public_key");
            }
            String protection = text(o, "key_protection", file);
            return new VaultInfo(VaultId.parse(text(o, "vault_id", file)), text(o, "username", file), key,
                    text(o, "created_at", file), protection.equals("TEST_KEY_TV_SIG_001"));
        } catch (NoSuchFileException e) {
            throw new AppException("VAULT_NOT_FOUND", "There is no vault at " + file.getParent()
                    + "; create one with 'svault vault init --username NAME'.", e);
        } catch (IOException e) {
            throw new AppException("VAULT_UNREADABLE", "Cannot read " + file + ": " + e.getMessage(), e);
        } catch (JsonFormatException | IllegalArgumentException e) {
            throw malformed(file, e.getMessage());
        }
    }

    private static String text(JsonNode o, String field, Path file) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw malformed(file, "field '" + field + "' is missing");
        }
        return v.asText();
    }

    private static AppException malformed(Path file, String why) {
        return new AppException("VAULT_METADATA_INVALID", "The vault file " + file + " is not valid: " + why + ".");
    }
}
