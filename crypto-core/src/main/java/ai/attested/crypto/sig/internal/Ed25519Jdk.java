package ai.attested.crypto.sig.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.NoSuchProviderException;
import java.security.PrivateKey;
import java.security.ProviderException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Bridges raw RFC 8032 bytes and the JDK's Ed25519 (SunEC, Java 15+). Signing and verifying are
 * the JDK's; BouncyCastle's constant-time scalar multiplication derives the public key from a
 * seed, which the Java 17 API has no call for.
 */
public final class Ed25519Jdk {
    /** Group order L = 2^252 + 27742317777372353535851937790883648493, little-endian. */
    private static final byte[] ORDER_LE = littleEndian(
            BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493")));

    private static final String PROVIDER = "SunEC";
    private static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    /** d = −121665 / 121666 mod p. */
    private static final BigInteger D = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);

    private Ed25519Jdk() {
    }

    public static PublicKey publicKey(byte[] raw) {
        byte[] be = new byte[32];
        for (int i = 0; i < 32; i++) {
            be[i] = raw[31 - i];
        }
        boolean xOdd = (be[0] & 0x80) != 0;
        be[0] &= 0x7f;
        EdECPoint point = new EdECPoint(xOdd, new BigInteger(1, be));
        try {
            return keyFactory().generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the JDK refuses this Ed25519 public key: " + e.getMessage(), e);
        }
    }

    public static PrivateKey privateKey(byte[] seed) {
        try {
            return keyFactory().generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK refuses a 32-byte Ed25519 seed", e);
        }
    }

    public static byte[] derivePublic(byte[] seed) {
        byte[] pk = new byte[32];
        Ed25519.generatePublicKey(seed, 0, pk, 0);
        return pk;
    }

    /**
     * RFC 8032 §5.1.3 point decoding as a yes/no: y below p, x² = (y²−1)/(d·y²+1) a square mod p,
     * and not the encoding "x = 0 with the sign bit set". Low-order points decode and are
     * accepted, as RFC 8032 and the JDK accept them (decision 0011).
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

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = signature();
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed in the JDK", e);
        }
    }

    public static boolean verify(PublicKey key, byte[] signature, byte[] data) {
        try {
            Signature s = signature();
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (SignatureException | InvalidKeyException | ProviderException e) {
            return false; // the JDK throws for undecodable R or A: that is a failed verification
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is unavailable in this JDK", e);
        }
    }

    /** Pinned to SunEC when present, so a provider registered later cannot change the accept/reject policy. */
    private static Signature signature() throws GeneralSecurityException {
        try {
            return Signature.getInstance("Ed25519", PROVIDER);
        } catch (NoSuchProviderException e) {
            return Signature.getInstance("Ed25519");
        }
    }

    private static KeyFactory keyFactory() throws GeneralSecurityException {
        try {
            return KeyFactory.getInstance("Ed25519", PROVIDER);
        } catch (NoSuchProviderException e) {
            return KeyFactory.getInstance("Ed25519");
        }
    }

    private static byte[] littleEndian(BigInteger v) {
        byte[] be = v.toByteArray();
        byte[] le = new byte[32];
        for (int i = 0; i < 32 && i < be.length; i++) {
            le[i] = be[be.length - 1 - i];
        }
        return le;
    }
}
