package ai.attested.crypto.sig.internal;

/**
 * Ed25519 verification by BouncyCastle's RFC 8032 implementation: about nine times faster than the
 * JDK's SunEC on Java 17–25, which decides how long an auditor waits for a 20,000-receipt bundle.
 * It checks the cofactored equation of RFC 8032 §5.1.7 and refuses small-order public keys and
 * non-canonical encodings of A and R (decision 0011). Signing stays with the JDK; both produce the
 * same deterministic RFC 8032 signatures.
 */
public final class Ed25519Bc {
    private Ed25519Bc() {}

    /** True when {@code signature} (64 bytes, S already checked canonical) verifies under {@code rawKey}. */
    public static boolean verify(byte[] rawKey, byte[] signature, byte[] data) {
        try {
            return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, rawKey, 0, data, 0, data.length);
        } catch (RuntimeException e) {
            return false; // an undecodable point is a failed verification, never a crash
        }
    }
}
