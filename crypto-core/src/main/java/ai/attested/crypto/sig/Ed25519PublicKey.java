package ai.attested.crypto.sig;

import ai.attested.crypto.Base64s;
import ai.attested.crypto.sig.internal.Ed25519Bc;
import ai.attested.crypto.sig.internal.Ed25519Jdk;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * An Ed25519 public key (RFC 8032), immutable, validated at creation.
 *
 * <p>Verification is strict: a signature that is not exactly 64 bytes, or whose S is not below
 * the group order L, is refused before the JDK is asked (OpenJDK 17 accepts a 65-byte signature,
 * Wycheproof tcId 37). The JDK then applies the RFC 8032 cofactorless check.
 */
public final class Ed25519PublicKey implements PublicKeyVerify {
    /** Raw key length in bytes. */
    public static final int LENGTH = 32;
    /** Signature length in bytes. */
    public static final int SIGNATURE_LENGTH = 64;

    private final byte[] raw;
    private final PublicKey jdkKey;
    private final String keyId;

    private Ed25519PublicKey(byte[] raw) {
        this.raw = raw;
        this.jdkKey = Ed25519Jdk.publicKey(raw);
        this.keyId = KeyId.of(raw);
    }

    /**
     * The key with this 32-byte encoding.
     *
     * @throws IllegalArgumentException if it is not 32 bytes or does not encode a curve point
     */
    public static Ed25519PublicKey fromRaw(byte[] raw) {
        if (raw == null || raw.length != LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + (raw == null ? "null" : raw.length));
        }
        if (!Ed25519Jdk.isCurvePoint(raw)) {
            throw new IllegalArgumentException("these 32 bytes do not encode a point on Ed25519");
        }
        return new Ed25519PublicKey(raw.clone());
    }

    /** The key from standard base64 of its 32 raw bytes (the MVP-LOCAL form). */
    public static Ed25519PublicKey fromBase64(String base64) {
        return fromRaw(Base64s.decodeStd(base64));
    }

    /** The key from base64url of its 32 raw bytes (the Pro form), with or without padding. */
    public static Ed25519PublicKey fromBase64Url(String base64url) {
        return fromRaw(Base64s.decodeUrl(base64url));
    }

    @Override
    public void verify(byte[] signature, byte[] data) throws GeneralSecurityException {
        if (signature == null || signature.length != SIGNATURE_LENGTH) {
            throw new SignatureInvalidException("an Ed25519 signature has 64 bytes, not " + (signature == null ? "null" : signature.length));
        }
        if (!Ed25519Jdk.isCanonicalScalar(signature, 32)) {
            throw new SignatureInvalidException("Ed25519 signature is malleable: S is not below the group order");
        }
        if (!Ed25519Bc.verify(raw, signature, data)) {
            throw new SignatureInvalidException("Ed25519 signature does not verify under key " + keyId);
        }
    }

    /** True when the signature verifies; for callers that report rather than stop. */
    public boolean isValid(byte[] signature, byte[] data) {
        try {
            verify(signature, data);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** A copy of the 32 raw bytes. */
    public byte[] raw() {
        return raw.clone();
    }

    /** Standard base64 of the raw bytes. */
    public String base64() {
        return Base64s.encodeStd(raw);
    }

    /** Base64url (no padding) of the raw bytes. */
    public String base64Url() {
        return Base64s.encodeUrl(raw);
    }

    /** First 16 hex characters of SHA-256(raw). */
    public String keyId() {
        return keyId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ed25519PublicKey && Arrays.equals(raw, ((Ed25519PublicKey) o).raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "Ed25519PublicKey[key_id=" + keyId + "]";
    }
}
