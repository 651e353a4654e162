package ai.attested.crypto.sig.internal;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Many Ed25519 signatures under one public key A, checked as one random linear combination of
 * their cofactored equations (decision 0013):
 *
 * <pre>  [8]( [Σ zᵢSᵢ]B − Σ zᵢRᵢ − [Σ zᵢkᵢ]A ) = 0,   kᵢ = SHA-512(Rᵢ ‖ A ‖ Mᵢ) mod L</pre>
 *
 * with each zᵢ a fresh 128-bit random number drawn after the signature is known. When every
 * signature satisfies [8]([Sᵢ]B − Rᵢ − [kᵢ]A) = 0 — the equation BouncyCastle's single
 * verification checks — the sum is 0 whatever the zᵢ. When one does not, its term [8](…) is a
 * non-zero point of prime order L, and the sum is 0 for at most one value of its zᵢ given the
 * others: a false "all valid" has probability at most 2⁻¹²⁸.
 *
 * <p>Per signature this costs one square root (decoding Rᵢ), a SHA-512 and about two dozen point
 * additions in the bucket multi-scalar multiplication, against about 250 doublings and additions
 * for a single verification. Not constant-time: everything here is public.
 */
public final class Ed25519BatchEquation {
    private static final byte[] BASE_POINT = basePointEncoding();
    private static final int Z_BYTES = 16;

    private final byte[] rawKey;
    private final EdwardsPoint keyPoint = new EdwardsPoint();
    private final MessageDigest sha512;
    private final SecureRandom random;
    private EdwardsPoint[] commitments = new EdwardsPoint[64];
    private long[] zLow = new long[64];
    private long[] zHigh = new long[64];
    private int count;
    private BigInteger sumZS = BigInteger.ZERO;
    private BigInteger sumZK = BigInteger.ZERO;

    /**
     * An empty batch for the 32-byte key {@code rawKey}, which BouncyCastle has accepted for
     * verification (canonical and not of small order).
     */
    public Ed25519BatchEquation(byte[] rawKey, SecureRandom random) {
        this.rawKey = rawKey.clone();
        if (!keyPoint.decode(this.rawKey, 0)) {
            throw new IllegalArgumentException("the key does not decode as a point");
        }
        this.random = random;
        try {
            this.sha512 = MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-512", e);
        }
    }

    /**
     * Adds a 64-byte signature with S already known to be below L. False, and nothing added, when
     * R is not the canonical encoding of a curve point: single verification refuses that
     * signature too, before any equation.
     */
    public boolean add(byte[] signature, byte[] message) {
        EdwardsPoint r = new EdwardsPoint();
        if (!r.decode(signature, 0)) {
            return false;
        }
        sha512.update(signature, 0, 32);
        sha512.update(rawKey);
        sha512.update(message);
        // h, not h mod L: [8][h]A = [8][h mod L]A, since [8]A has order L; the sum is reduced once, in holds().
        BigInteger h = littleEndian(sha512.digest(), 0, 64);
        BigInteger s = littleEndian(signature, 32, 32);
        byte[] zBytes = new byte[Z_BYTES];
        random.nextBytes(zBytes);
        BigInteger z = littleEndian(zBytes, 0, Z_BYTES);
        sumZS = sumZS.add(z.multiply(s));
        sumZK = sumZK.add(z.multiply(h));
        if (count == commitments.length) {
            commitments = Arrays.copyOf(commitments, count * 2);
            zLow = Arrays.copyOf(zLow, count * 2);
            zHigh = Arrays.copyOf(zHigh, count * 2);
        }
        commitments[count] = r;
        zLow[count] = z.longValue();
        zHigh[count] = z.shiftRight(64).longValue();
        count++;
        return true;
    }

    /** Signatures added so far. */
    public int size() {
        return count;
    }

    /** True when the combined equation holds: every added signature verifies, up to a 2⁻¹²⁸ error. */
    public boolean holds() {
        if (count == 0) {
            return true;
        }
        EdwardsPoint.Scratch scratch = new EdwardsPoint.Scratch();
        EdwardsPoint sum = BucketSum.of(commitments, zLow, zHigh, count, scratch); // Σ zᵢRᵢ
        EdwardsPoint kA = new EdwardsPoint();
        kA.set(keyPoint);
        kA.multiply(sumZK.mod(Ed25519Encodings.L), scratch);
        sum.add(kA, scratch); // Σ zᵢRᵢ + [Σ zᵢkᵢ]A
        EdwardsPoint sB = new EdwardsPoint();
        sB.decode(BASE_POINT, 0);
        sB.multiply(sumZS.mod(Ed25519Encodings.L), scratch);
        sB.negate();
        sum.add(sB, scratch); // − [Σ zᵢSᵢ]B
        for (int i = 0; i < 3; i++) {
            sum.add(sum, scratch); // [8]: the cofactored equation ignores small-order components
        }
        return sum.isNeutral();
    }

    private static BigInteger littleEndian(byte[] bytes, int offset, int length) {
        byte[] be = new byte[length];
        for (int i = 0; i < length; i++) {
            be[i] = bytes[offset + length - 1 - i];
        }
        return new BigInteger(1, be);
    }

    /** B = (x, 4/5) with x even: RFC 8032 §5.1. */
    private static byte[] basePointEncoding() {
        byte[] b = new byte[32];
        Arrays.fill(b, (byte) 0x66);
        b[0] = 0x58;
        return b;
    }
}
