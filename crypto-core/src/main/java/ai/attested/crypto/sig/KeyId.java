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
}
