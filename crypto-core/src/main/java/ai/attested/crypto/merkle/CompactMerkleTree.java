package ai.attested.crypto.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only RFC 9162 tree that keeps only the roots of its perfect subtrees (a "compact
 * range" from the left edge): one per set bit of the size, at most 64 hashes.
 *
 * <p>{@link #append(byte[])} costs amortised O(1) node hashes and {@link #root()} costs O(log n),
 * so a log can publish a root after every leaf without rehashing history. Proofs need the leaves
 * themselves: use {@link InclusionProof#create} and {@link ConsistencyProof#create}.
 *
 * <p>Not thread-safe; confine an instance to one thread or guard it externally.
 */
public final class CompactMerkleTree {
    private final NodeHasher hasher = new NodeHasher();
    /** Roots of perfect subtrees, largest (leftmost) first; sizes are the set bits of {@link #size}. */
    private final List<byte[]> peaks = new ArrayList<>();
    private long size;

    /** Creates the empty tree. */
    public CompactMerkleTree() {
    }

    /** Creates a tree holding all the given leaf hashes, in order. */
    public static CompactMerkleTree of(List<byte[]> leafHashes) {
        CompactMerkleTree tree = new CompactMerkleTree();
        for (byte[] leafHash : MerkleTree.checkedLeaves(leafHashes, leafHashes == null ? 0 : leafHashes.size())) {
            tree.append(leafHash);
        }
        return tree;
    }

    /**
     * Appends one 32-byte leaf hash (see {@link MerkleTree#leafHash(byte[])}).
     *
     * @throws IllegalArgumentException if {@code leafHash} is null or not 32 bytes long
     */
    public void append(byte[] leafHash) {
        MerkleTree.requireHash(leafHash, "leaf hash");
        byte[] acc = leafHash.clone();
        // Each trailing 1 bit of the old size is a perfect subtree the new leaf completes.
        for (long seen = size; (seen & 1) == 1; seen >>>= 1) {
            acc = hasher.node(peaks.remove(peaks.size() - 1), acc);
        }
        peaks.add(acc);
        size++;
    }

    /** Number of leaves appended so far. */
    public long size() {
        return size;
    }

    /** Returns MTH of all leaves appended so far (SHA-256("") when empty). */
    public byte[] root() {
        if (peaks.isEmpty()) {
            return hasher.empty();
        }
        byte[] acc = peaks.get(peaks.size() - 1);
        for (int i = peaks.size() - 2; i >= 0; i--) {
            acc = hasher.node(peaks.get(i), acc);
        }
        return acc.clone();
    }
}
