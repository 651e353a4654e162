package ai.attested.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, one-shot and streaming. */
public final class Sha256 {
    /** Digest length in bytes. */
    public static final int LENGTH = 32;
    /** Large reads let the JDK's SHA-256 intrinsic run over long stretches of data. */
    private static final int BUFFER_SIZE = 1 << 20;
    /**
     * Never updated, only cloned: a clone costs a few array copies, a provider lookup far more
     * (a verifier hashes 80,000 small inputs for 20,000 receipts). Cloning only reads it, so
     * concurrent use is safe.
     */
    private static final MessageDigest PRISTINE = lookUp();

    private Sha256() {
    }

    /** SHA-256 of {@code data}. */
    public static byte[] digest(byte[] data) {
        return newDigest().digest(data);
    }

    /** Lowercase hex SHA-256 of {@code data}. */
    public static String hex(byte[] data) {
        return Hex.encode(digest(data));
    }

    /** SHA-256 of everything remaining in {@code in}, read in large chunks; constant memory. Does not close the stream. */
    public static byte[] digest(InputStream in) throws IOException {
        MessageDigest md = newDigest();
        byte[] buffer = new byte[BUFFER_SIZE];
        int n;
        while ((n = in.read(buffer)) != -1) {
            md.update(buffer, 0, n);
        }
        return md.digest();
    }

    /** A new incremental hasher. */
    public static Hasher newHasher() {
        return new Hasher(newDigest());
    }

    static MessageDigest newDigest() {
        try {
            return (MessageDigest) PRISTINE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** Incremental SHA-256. Not thread-safe. {@link #digest()} finishes and resets it for reuse. */
    public static final class Hasher {
        private final MessageDigest md;

        private Hasher(MessageDigest md) {
            this.md = md;
        }

        public Hasher update(byte[] data) {
            md.update(data);
            return this;
        }

        public Hasher update(byte[] data, int offset, int length) {
            md.update(data, offset, length);
            return this;
        }

        /** Consumes the buffer's remaining bytes. */
        public Hasher update(ByteBuffer data) {
            md.update(data);
            return this;
        }

        /** The digest of everything fed so far; the hasher is then reset. */
        public byte[] digest() {
            return md.digest();
        }
    }
}
