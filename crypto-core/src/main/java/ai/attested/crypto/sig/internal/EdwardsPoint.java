package ai.attested.crypto.sig.internal;

import java.math.BigInteger;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * A mutable point of edwards25519 in extended coordinates (X:Y:Z:T, x = X/Z, y = Y/Z, xy = T/Z),
 * over BouncyCastle's field arithmetic ({@link X25519Field}, ten 25.5-bit limbs). Only for
 * verification: nothing here is secret, so nothing needs to be constant-time.
 *
 * <p>One addition formula serves for everything, doubling included: Hisil–Wong–Carter–Dawson
 * "add-2008-hwcd-3" for a = −1, which is complete on edwards25519 (d is not a square), so the
 * neutral element, equal points, points of small order and their sums need no special cases. The
 * order of field operations is the one BouncyCastle's own extended addition uses, so every limb
 * stays inside the bounds its multiplication accepts.
 */
final class EdwardsPoint {
    /** 2·d, where d = −121665/121666 is the curve constant. */
    private static final int[] D2 = field(Ed25519Encodings.D.shiftLeft(1).mod(Ed25519Encodings.P));
    private static final int[] D = field(Ed25519Encodings.D);

    final int[] x = X25519Field.create();
    final int[] y = X25519Field.create();
    final int[] z = X25519Field.create();
    final int[] t = X25519Field.create();

    /** The neutral element (0, 1). */
    static EdwardsPoint neutral() {
        EdwardsPoint p = new EdwardsPoint();
        p.setNeutral();
        return p;
    }

    void setNeutral() {
        X25519Field.zero(x);
        X25519Field.one(y);
        X25519Field.one(z);
        X25519Field.zero(t);
    }

    void set(EdwardsPoint p) {
        X25519Field.copy(p.x, 0, x, 0);
        X25519Field.copy(p.y, 0, y, 0);
        X25519Field.copy(p.z, 0, z, 0);
        X25519Field.copy(p.t, 0, t, 0);
    }

    /**
     * RFC 8032 §5.1.3 decoding of 32 bytes, with the rules BouncyCastle's verification applies to
     * R: y must be below p (non-canonical y is refused), x² = (y²−1)/(d·y²+1) must be a square, and
     * "x = 0 with the sign bit set" is refused. False (and this point unspecified) when the bytes
     * are not a point.
     */
    boolean decode(byte[] encoding, int offset) {
        if (!Ed25519Encodings.isCanonicalFieldElement(encoding, offset)) {
            return false;
        }
        int signOfX = (encoding[offset + 31] & 0x80) >>> 7;
        byte[] yBytes = new byte[32];
        System.arraycopy(encoding, offset, yBytes, 0, 32);
        yBytes[31] &= 0x7f;
        X25519Field.decode(yBytes, 0, y);
        int[] u = X25519Field.create();
        int[] v = X25519Field.create();
        X25519Field.sqr(y, u);
        X25519Field.mul(D, u, v);
        X25519Field.subOne(u);
        X25519Field.addOne(v);
        if (!X25519Field.sqrtRatioVar(u, v, x)) {
            return false;
        }
        X25519Field.normalize(x);
        if (signOfX == 1 && X25519Field.isZeroVar(x)) {
            return false;
        }
        if (signOfX != (x[0] & 1)) {
            X25519Field.negate(x, x);
        }
        X25519Field.one(z);
        X25519Field.mul(x, y, t);
        return true;
    }

    /** this ← this + q. {@code q} may be this point itself (doubling). */
    void add(EdwardsPoint q, Scratch s) {
        X25519Field.apm(y, x, s.b, s.a); // b = Y1+X1, a = Y1−X1
        X25519Field.apm(q.y, q.x, s.d, s.c); // d = Y2+X2, c = Y2−X2
        X25519Field.mul(s.a, s.c, s.a); // A = (Y1−X1)(Y2−X2)
        X25519Field.mul(s.b, s.d, s.b); // B = (Y1+X1)(Y2+X2)
        X25519Field.mul(t, q.t, s.c);
        X25519Field.mul(s.c, D2, s.c); // C = 2d·T1·T2
        X25519Field.mul(z, q.z, s.d);
        X25519Field.add(s.d, s.d, s.d); // D = 2·Z1·Z2
        X25519Field.apm(s.b, s.a, s.h, s.e); // H = B+A, E = B−A
        X25519Field.apm(s.d, s.c, s.g, s.f); // G = D+C, F = D−C
        X25519Field.carry(s.g);
        X25519Field.mul(s.e, s.f, x);
        X25519Field.mul(s.g, s.h, y);
        X25519Field.mul(s.f, s.g, z);
        X25519Field.mul(s.e, s.h, t);
    }

    /** this ← −this. */
    void negate() {
        X25519Field.negate(x, x);
        X25519Field.negate(t, t);
    }

    /** this ← [k]this for a non-negative {@code k}, by doubling and adding (verification only: not constant-time). */
    void multiply(BigInteger k, Scratch s) {
        EdwardsPoint base = new EdwardsPoint();
        base.set(this);
        setNeutral();
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            add(this, s);
            if (k.testBit(i)) {
                add(base, s);
            }
        }
    }

    /** True when this is the neutral element: X = 0 and Y = Z (≠ 0). Normalizes X, Y, Z in place. */
    boolean isNeutral() {
        X25519Field.normalize(x);
        X25519Field.normalize(y);
        X25519Field.normalize(z);
        return X25519Field.isZeroVar(x) && !X25519Field.isZeroVar(y) && X25519Field.areEqualVar(y, z);
    }

    /** Field temporaries for {@link #add}, one set per thread. */
    static final class Scratch {
        final int[] a = X25519Field.create();
        final int[] b = X25519Field.create();
        final int[] c = X25519Field.create();
        final int[] d = X25519Field.create();
        final int[] e = X25519Field.create();
        final int[] f = X25519Field.create();
        final int[] g = X25519Field.create();
        final int[] h = X25519Field.create();
    }

    private static int[] field(BigInteger v) {
        int[] out = X25519Field.create();
        X25519Field.decode(Ed25519Encodings.littleEndian(v), 0, out);
        return out;
    }
}
