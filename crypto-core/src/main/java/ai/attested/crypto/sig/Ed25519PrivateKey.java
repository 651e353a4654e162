package ai.attested.crypto.sig;

import ai.attested.crypto.sig.internal.Ed25519Bc;
import java.security.SecureRandom;

/**
 * An Ed25519 private key held as its 32-byte RFC 8032 seed. Signatures are deterministic
 * (same key, same bytes, same signature, RFC 8032 §5.1.6) and made by BouncyCastle with the
 * public key derived once, at creation, instead of once per signature.
 * {@link #toString()} never shows secret material.
 */
public final class Ed25519PrivateKey implements PublicKeySign {
    /** Seed length in bytes. */
    public static final int SEED_LENGTH = 32;

    private final byte[] seed;
    private final byte[] rawPublic;
    private final Ed25519PublicKey publicKey;

    private Ed25519PrivateKey(byte[] seed) {
        this.seed = seed;
        this.rawPublic = Ed25519Bc.derivePublic(seed);
        this.publicKey = Ed25519PublicKey.fromRaw(rawPublic);
    }

    /** The key with this 32-byte seed (copied). */
    public static Ed25519PrivateKey fromSeed(byte[] seed) {
        if (seed == null || seed.length != SEED_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, not " + (seed == null ? "null" : seed.length));
        }
        return new Ed25519PrivateKey(seed.clone());
    }

    /** A fresh key from {@link SecureRandom}. */
    public static Ed25519PrivateKey generate() {
        return generate(new SecureRandom());
    }

    /** A fresh key from the given randomness source. */
    public static Ed25519PrivateKey generate(SecureRandom random) {
        byte[] seed = new byte[SEED_LENGTH];
        random.nextBytes(seed);
        return new Ed25519PrivateKey(seed);
    }

    @Override
    public byte[] sign(byte[] data) {
        return Ed25519Bc.sign(seed, rawPublic, data);
    }

    public Ed25519PublicKey publicKey() {
        return publicKey;
    }

    /** Shorthand for {@code publicKey().keyId()}. */
    public String keyId() {
        return publicKey.keyId();
    }

    /** A copy of the secret 32-byte seed. Callers should overwrite it when done. */
    public byte[] seed() {
        return seed.clone();
    }

    @Override
    public String toString() {
        return "Ed25519PrivateKey[key_id=" + publicKey.keyId() + ", secret not shown]";
    }
}
