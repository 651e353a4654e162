package ai.attested.crypto.sig;

import ai.attested.crypto.Base64s;

/**
 * Published test keys. <strong>For tests and fixed-key demo modes only</strong>: their secrets
 * are public, so anything they sign proves nothing.
 */
public final class TestKeys {
    /** Seed 004 Appendix B.3 TV-SIG-001 seed, base64url. */
    public static final String TV_SIG_001_SEED = "S38UdZHLAVZYYoGvjvmF1gp-L2Yo6KDXAPukOiLMMx0";
    /** Its public key, base64url. */
    public static final String TV_SIG_001_PUBLIC = "lKRKF0qyRCAgAy20lqWwTunJjnb8Id7ijIHcoXaWmrg";
    /** Its key id. */
    public static final String TV_SIG_001_KEY_ID = "36ee3280c62ed537";

    private TestKeys() {
    }

    /** The TV-SIG-001 key of seed 004 Appendix B.3. Tests and fixed-key demo modes only. */
    public static Ed25519PrivateKey tvSig001() {
        return Ed25519PrivateKey.fromSeed(Base64s.decodeUrl(TV_SIG_001_SEED));
    }
}
