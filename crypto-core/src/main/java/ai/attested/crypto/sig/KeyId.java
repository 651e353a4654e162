package ai.attested.crypto.sig;

import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;

/** {@code key_id}: the first 16 hex characters of SHA-256 over the raw 32-byte public key (DESIGN §2.1.4). */
public final class KeyId {
    private KeyId() {
    }

    public static String of(byte[] rawPublicKey) {
        if (rawPublicKey.length != Ed25519PublicKey.LENGTH) {
            throw new IllegalArgumentException("a raw Ed25519 public key has 32 bytes, not " + rawPublicKey.length);
        }
        return Hex.encode(Sha256.digest(rawPublicKey)).substring(0, 16);
    }

    /**
     * A key id as a person types it: 16 hex digits in any case, optionally grouped by spaces the
     * way seal cards print it ({@code 0123 4567 89AB cdef}); returns the 16 lowercase hex digits.
     *
     * @throws IllegalArgumentException with a plain sentence when the text is not a key id
     */
    public static String parse(String text) {
        // Only ASCII spaces separate groups: a card shows "0123 4567 89ab cdef"; tabs, dashes or
        // colons would mean the id came from somewhere else and is better refused than guessed.
        String digits = text == null ? "" : text.trim().replace(" ", "");
        if (!digits.matches("[0-9a-fA-F]{16}")) {
            throw new IllegalArgumentException("a key id is 16 hex digits, optionally in groups of four as a seal card prints it"
                    + " (0123 4567 89ab cdef)");
        }
        return digits.toLowerCase(java.util.Locale.ROOT);
    }
}
