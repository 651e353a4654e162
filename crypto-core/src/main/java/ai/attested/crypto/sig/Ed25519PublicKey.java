package ai.attested.crypto.sig;

import ai.attested.crypto.Base64s;
import ai.attested.crypto.sig.internal.Ed25519Bc;
import ai.attested.crypto.sig.internal.Ed25519Encodings;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 public key (RFC 8032), immutable, validated at creation.
 *
 * <p>Verification is strict: a signature that is not exactly 64 bytes, or whose S is not below
 * the group order L, is refused before the equation is checked (OpenJDK 17 accepts a 65-byte
 * signature, Wycheproof tcId 37). BouncyCastle then checks RFC 8032 §5.1.7 against the point
 * decoded once, at creation; a small-order key is a valid key under which nothing verifies
 * (decision 0011).
 */
public final class Ed25519PublicKey implements PublicKeyVerify {
    /** Raw key length in bytes. */
    public static final int LENGTH = 32;
    /** Signature length in bytes. */
    public static final int SIGNATURE_LENGTH = 64;

    private final byte[] raw;
    /** Decoded once; null for the small-order keys verification refuses. Read-only, so thread-safe. */
    private final Ed25519.PublicPoint point;
    private final String keyId;

    private Ed25519PublicKey(byte[] raw, Ed25519.PublicPoint point) {
        this.raw = raw;
        this.point = point;
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
        byte[] copy = raw.clone();
        Ed25519.PublicPoint point = Ed25519Bc.decode(copy);
        // BouncyCastle decodes every usable key; the slow reference rule only judges the rest.
        if (point == null && !Ed25519Encodings.isCurvePoint(copy)) {
            throw new IllegalArgumentException("these 32 bytes do not encode a point on Ed25519");
        }
        return new Ed25519PublicKey(copy, point);
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
        if (!Ed25519Encodings.isCanonicalScalar(signature, 32)) {
            throw new SignatureInvalidException("Ed25519 signature is malleable: S is not below the group order");
        }
        if (!Ed25519Bc.verify(point, signature, data)) {
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

    /** False for the small-order keys under which nothing verifies (decision 0011). */
    boolean verifiesAnything() {
        return point != null;
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
