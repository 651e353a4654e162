package ai.attested.bundle.seal;

import ai.attested.crypto.Base64s;
import ai.attested.crypto.sig.KeyId;

/**
 * Who signed: the raw Ed25519 public key and the signature (both standard base64, as the
 * MVP-LOCAL formats write them) and the key id derived from the key.
 */
public record SealSigner(String publicKey, String keyId, String signature) {
    public SealSigner {
        SealRules.require("signer.public_key", publicKey);
        SealRules.keyId("signer.key_id", keyId);
        SealRules.require("signer.signature", signature);
        decode("signer.public_key", publicKey, 32);
        decode("signer.signature", signature, 64);
    }

    /** The 32 raw public-key bytes. */
    public byte[] publicKeyRaw() {
        return Base64s.decodeStd(publicKey);
    }

    /** The 64 raw signature bytes. */
    public byte[] signatureRaw() {
        return Base64s.decodeStd(signature);
    }

    /** True when {@code key_id} is the id of {@code public_key} (DESIGN §2.1.4). */
    public boolean keyIdMatchesKey() {
        return KeyId.of(publicKeyRaw()).equals(keyId);
    }

    private static void decode(String field, String base64, int length) {
        byte[] raw;
        try {
            raw = Base64s.decodeStd(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not canonical standard base64", e);
        }
        if (raw.length != length) {
            throw new IllegalArgumentException(field + " must encode " + length + " bytes, not " + raw.length);
        }
    }
}
