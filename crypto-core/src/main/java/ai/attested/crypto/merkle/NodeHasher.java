package ai.attested.crypto.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * RFC 9162 §2.1.1 hashing with one reusable SHA-256 instance.
 *
 * <p>Not thread-safe: each tree operation creates its own hasher, so no state is shared.
 */
final class NodeHasher {
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final MessageDigest sha256;

    NodeHasher() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    byte[] empty() {
        return sha256.digest();
    }

    byte[] leaf(byte[] data) {
        sha256.update(LEAF_PREFIX);
        sha256.update(data);
        return sha256.digest();
    }

    byte[] node(byte[] left, byte[] right) {
        sha256.update(NODE_PREFIX);
        sha256.update(left);
        sha256.update(right);
        return sha256.digest();
    }

    /**
     * MTH(D[from:to]) in one pass: a stack holds the roots of the perfect subtrees seen so far
     * (at most 64), merged as soon as two of equal height meet, then folded right to left.
     * Each leaf is hashed into exactly one node, so the cost is (to - from - 1) node hashes.
     */
    byte[] rangeRoot(List<byte[]> leafHashes, int from, int to) {
        int count = to - from;
        if (count == 0) {
            return empty();
        }
        byte[][] stack = new byte[Integer.SIZE][];
        int top = 0;
        for (int i = 0; i < count; i++) {
            byte[] acc = leafHashes.get(from + i);
            for (int seen = i; (seen & 1) == 1; seen >>>= 1) {
                acc = node(stack[--top], acc);
            }
            stack[top++] = acc;
        }
        byte[] acc = stack[--top];
        while (top > 0) {
            acc = node(stack[--top], acc);
        }
        return acc;
    }

    /** The largest power of two strictly smaller than {@code n}, for n &gt; 1 (RFC 9162 "k"). */
    static int splitPoint(int n) {
        return Integer.highestOneBit(n - 1);
    }
}
