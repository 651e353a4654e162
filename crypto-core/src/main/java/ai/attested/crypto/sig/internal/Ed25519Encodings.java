package ai.attested.crypto.sig.internal;

import java.math.BigInteger;

/**
 * RFC 8032 encoding rules as yes/no answers, in plain {@link BigInteger} arithmetic: the
 * reference that decides which public keys exist at all (decision 0011), independent of any
 * provider's fast path.
 */
public final class Ed25519Encodings {
    /** Group order L = 2^252 + 27742317777372353535851937790883648493, little-endian. */

    /** Group order L as a number. */
    static final BigInteger L = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
    /** The field prime p = 2^255 − 19. */
    static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    private static final byte[] ORDER_LE = littleEndian(L);
    /** d = −121665 / 121666 mod p. */
    static final BigInteger D = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);

    private Ed25519Encodings() {
    }

    /**
     * RFC 8032 §5.1.3 point decoding as a yes/no: y below p, x² = (y²−1)/(d·y²+1) a square mod p,
     * and not the encoding "x = 0 with the sign bit set". Low-order points decode and are
     * accepted as keys, as RFC 8032 allows (decision 0011); verification then refuses them.
     */
    public static boolean isCurvePoint(byte[] raw) {
        byte[] be = new byte[32];
        for (int i = 0; i < 32; i++) {
            be[i] = raw[31 - i];
        }
        boolean xOdd = (be[0] & 0x80) != 0;
        be[0] &= 0x7f;
        BigInteger y = new BigInteger(1, be);
        if (y.compareTo(P) >= 0) {
            return false;
        }
        BigInteger y2 = y.multiply(y).mod(P);
        BigInteger u = y2.subtract(BigInteger.ONE).mod(P);
        BigInteger v = D.multiply(y2).add(BigInteger.ONE).mod(P);
        BigInteger x2 = u.multiply(v.modInverse(P)).mod(P);
        if (x2.signum() == 0) {
            return !xOdd;
        }
        return x2.modPow(P.subtract(BigInteger.ONE).shiftRight(1), P).equals(BigInteger.ONE);
    }

    /**
     * True when the 32 bytes at {@code offset}, top bit (the sign of x) cleared, are a
     * little-endian y below p: the canonical-encoding rule for A and R.
     */
    static boolean isCanonicalFieldElement(byte[] bytes, int offset) {
        if ((bytes[offset + 31] & 0x7f) != 0x7f) {
            return true;
        }
        for (int i = 30; i >= 1; i--) {
            if ((bytes[offset + i] & 0xff) != 0xff) {
                return true;
            }
        }
        return (bytes[offset] & 0xff) < 0xed; // p = 2^255 − 19 ends in byte 0xed
    }

    /** True when the 32 bytes at {@code offset} are a little-endian integer below L. */
    public static boolean isCanonicalScalar(byte[] bytes, int offset) {
        for (int i = 31; i >= 0; i--) {
            int a = bytes[offset + i] & 0xff;
            int b = ORDER_LE[i] & 0xff;
            if (a != b) {
                return a < b;
            }
        }
        return false; // equal to L
    }

    /** The 32-byte little-endian encoding of a non-negative v below 2^256. */
    static byte[] littleEndian(BigInteger v) {
        byte[] be = v.toByteArray();
        byte[] le = new byte[32];
        for (int i = 0; i < 32 && i < be.length; i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }
}
