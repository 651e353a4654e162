package ai.attested.crypto.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The RFC 9162 (RFC 6962) Merkle tree hash over SHA-256.
 *
 * <ul>
 *   <li>leaf hash = SHA-256(0x00 ‖ data)</li>
 *   <li>node hash = SHA-256(0x01 ‖ left ‖ right)</li>
 *   <li>root of the empty tree = SHA-256("")</li>
 * </ul>
 *
 * <p>Every method takes <em>leaf hashes</em> (32 bytes each, already computed with
 * {@link #leafHash(byte[])}), never raw leaf data, so callers cannot mix the two by accident.
 * Computing a root is O(n) hashing with O(log n) extra memory; see {@link CompactMerkleTree} for
 * a tree that grows one leaf at a time.
 */
public final class MerkleTree {
    /** Size in bytes of every hash in the tree. */
    public static final int HASH_SIZE = 32;

    private MerkleTree() {
    }

    /** Returns SHA-256(0x00 ‖ data), the hash of one leaf whose content is {@code data}. */
    public static byte[] leafHash(byte[] data) {
        if (data == null) {
            throw new IllegalArgumentException("MERKLE_LEAF_NULL: leaf data is missing");
        }
        return new NodeHasher().leaf(data);
    }

    /**
     * Returns SHA-256(0x01 ‖ left ‖ right), the hash of an interior node. Like the RFC's hash
     * function it takes byte strings of any length (the RFC 6962 test vectors use 4-byte ones).
     */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        if (left == null || right == null) {
            throw new IllegalArgumentException("MERKLE_HASH_INVALID: a child hash is missing");
        }
        return new NodeHasher().node(left, right);
    }

    /** Returns SHA-256(""), the root of the tree with no leaves. */
    public static byte[] emptyRoot() {
        return new NodeHasher().empty();
    }

    /**
     * Returns the Merkle tree hash MTH(D[n]) of all the given leaf hashes, in list order.
     *
     * @param leafHashes 32-byte leaf hashes; may be empty
     * @throws IllegalArgumentException if an element is null or not 32 bytes long
     */
    public static byte[] root(List<byte[]> leafHashes) {
        List<byte[]> leaves = checkedLeaves(leafHashes, leafHashes == null ? 0 : leafHashes.size());
        return new NodeHasher().rangeRoot(leaves, 0, leaves.size());
    }

    /**
     * Returns the first {@code treeSize} leaf hashes, checked, as a random-access list.
     * Copies only when the caller's list is not random-access (so {@code get} stays O(1)).
     */
    static List<byte[]> checkedLeaves(List<byte[]> leafHashes, long treeSize) {
        if (leafHashes == null) {
            throw new IllegalArgumentException("MERKLE_LEAVES_NULL: the list of leaf hashes is missing");
        }
        if (treeSize < 0 || treeSize > leafHashes.size()) {
            throw new IllegalArgumentException("MERKLE_TREE_SIZE_INVALID: tree size " + treeSize
                    + " is outside 0.." + leafHashes.size() + " (the number of leaf hashes given)");
        }
        List<byte[]> leaves = leafHashes instanceof RandomAccess ? leafHashes : new ArrayList<>(leafHashes);
        for (int i = 0; i < treeSize; i++) {
            requireHash(leaves.get(i), "leaf hash " + i);
        }
        return leaves;
    }

    static void requireHash(byte[] hash, String what) {
        if (hash == null || hash.length != HASH_SIZE) {
            throw new IllegalArgumentException("MERKLE_HASH_INVALID: " + what + " must be "
                    + HASH_SIZE + " bytes, got " + (hash == null ? "none" : hash.length + " bytes"));
        }
    }
}
