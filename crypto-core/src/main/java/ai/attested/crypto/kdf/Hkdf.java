package ai.attested.crypto.kdf;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF with HMAC-SHA256 (RFC 5869). */
public final class Hkdf {
    /** HMAC-SHA256 output length. */
    public static final int HASH_LENGTH = 32;
    /** RFC 5869 §2.3: L ≤ 255·HashLen. */
    public static final int MAX_LENGTH = 255 * HASH_LENGTH;

    private Hkdf() {
    }

    /** Extract-then-expand: {@code length} bytes of output keying material. A null or empty salt means 32 zero bytes. */
    public static byte[] sha256(byte[] ikm, byte[] salt, byte[] info, int length) {
        return expand(extract(salt, ikm), info, length);
    }

    /** RFC 5869 §2.2: PRK = HMAC-SHA256(salt, IKM). */
    public static byte[] extract(byte[] salt, byte[] ikm) {
        byte[] key = salt == null || salt.length == 0 ? new byte[HASH_LENGTH] : salt;
        Mac mac = hmac(key);
        return mac.doFinal(ikm);
    }

    /**
     * RFC 5869 §2.3: T(1) ‖ T(2) ‖ … truncated to {@code length}.
     *
     * @throws IllegalArgumentException if {@code length} is negative or above 255·32
     */
    public static byte[] expand(byte[] prk, byte[] info, int length) {
        if (length < 0 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("HKDF-SHA256 output length must be 0.." + MAX_LENGTH + ", not " + length);
        }
        if (prk.length < HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF PRK must have at least 32 bytes");
        }
        byte[] in = info == null ? new byte[0] : info;
        Mac mac = hmac(prk);
        byte[] out = new byte[length];
        byte[] t = new byte[0];
        int done = 0;
        for (int counter = 1; done < length; counter++) {
            mac.update(t);
            mac.update(in);
            mac.update((byte) counter);
            t = mac.doFinal();
            int n = Math.min(t.length, length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("unusable HMAC key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform must provide HmacSHA256", e);
        }
    }
}
