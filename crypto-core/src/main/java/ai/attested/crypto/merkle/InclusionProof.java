package ai.attested.crypto.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An RFC 9162 §2.1.3 inclusion proof (audit path): the sibling hashes from leaf {@code leafIndex}
 * up to the root of the tree of the first {@code treeSize} leaves, nearest sibling first.
 *
 * <p>Typical use: {@code InclusionProof.create(leafHashes, index, size).path()} when a checkpoint
 * of {@code size} leaves covers leaf {@code index}; a verifier then calls
 * {@link #verify(byte[], long, long, List, byte[])} with the checkpoint's root hash.
 */
public final class InclusionProof {
    private final long leafIndex;
    private final long treeSize;
    private final List<byte[]> path;

    private InclusionProof(long leafIndex, long treeSize, List<byte[]> path) {
        this.leafIndex = leafIndex;
        this.treeSize = treeSize;
        this.path = ProofInputs.immutableCopy(path);
    }

    /**
     * Generates the audit path PATH(index, D[treeSize]) over the first {@code treeSize} leaf hashes
     * (RFC 9162 §2.1.3.1). Cost: at most {@code treeSize} node hashes.
     *
     * @throws IllegalArgumentException unless {@code 0 <= index < treeSize <= leafHashes.size()}
     *     and every used leaf hash is 32 bytes
     */
    public static InclusionProof create(List<byte[]> leafHashes, long index, long treeSize) {
        List<byte[]> leaves = MerkleTree.checkedLeaves(leafHashes, treeSize);
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("MERKLE_INDEX_INVALID: leaf index " + index
                    + " is not inside a tree of " + treeSize + " leaves");
        }
        NodeHasher hasher = new NodeHasher();
        List<byte[]> siblingsTopDown = new ArrayList<>();
        int lo = 0;
        int hi = ProofInputs.toIntSize(treeSize, "tree size");
        int target = (int) index;
        while (hi - lo > 1) {
            int k = NodeHasher.splitPoint(hi - lo);
            if (target - lo < k) {
                siblingsTopDown.add(hasher.rangeRoot(leaves, lo + k, hi));
                hi = lo + k;
            } else {
                siblingsTopDown.add(hasher.rangeRoot(leaves, lo, lo + k));
                lo += k;
            }
        }
        Collections.reverse(siblingsTopDown);
        return new InclusionProof(index, treeSize, siblingsTopDown);
    }

    /**
     * Verifies that {@code leafHash} is leaf {@code index} of the tree of {@code treeSize} leaves
     * whose root is {@code root} (RFC 9162 §2.1.3.2). Returns normally only on success.
     *
     * @param path the audit path, nearest sibling first; {@code null} is read as empty
     * @throws ProofException {@code PROOF_MALFORMED} when the index, size, hash lengths or path
     *     length cannot belong to a valid proof; {@code INCLUSION_PROOF_INVALID} when the path
     *     does not lead to {@code root}
     */
    public static void verify(byte[] leafHash, long index, long treeSize, List<byte[]> path, byte[] root)
            throws ProofException {
        if (index < 0 || treeSize <= 0 || index >= treeSize) {
            throw new ProofException(ProofException.Code.PROOF_MALFORMED,
                    "leaf index " + index + " is not inside a tree of " + treeSize + " leaves");
        }
        ProofInputs.requireHash(leafHash, "leaf hash");
        ProofInputs.requireHash(root, "root hash");
        List<byte[]> steps = ProofInputs.checkedPath(path);
        int expected = expectedPathLength(index, treeSize);
        if (steps.size() != expected) {
            throw new ProofException(ProofException.Code.PROOF_MALFORMED, "an inclusion proof for leaf "
                    + index + " of " + treeSize + " has " + expected + " hashes, got " + steps.size());
        }
        NodeHasher hasher = new NodeHasher();
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : steps) {
            if (sn == 0) {
                throw invalid(index, treeSize);
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hasher.node(p, r);
                // Skip the levels where this node has no right sibling (the tree's right edge).
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = hasher.node(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0 || !ProofInputs.sameHash(r, root)) {
            throw invalid(index, treeSize);
        }
    }

    /** Verifies this proof for {@code leafHash} against {@code root}; see the static form. */
    public void verify(byte[] leafHash, byte[] root) throws ProofException {
        verify(leafHash, leafIndex, treeSize, path, root);
    }

    /** Number of hashes in the audit path of leaf {@code index} in a tree of {@code treeSize}. */
    static int expectedPathLength(long index, long treeSize) {
        int inner = Long.SIZE - Long.numberOfLeadingZeros(index ^ (treeSize - 1));
        int border = Long.bitCount(index >>> inner);
        return inner + border;
    }

    private static ProofException invalid(long index, long treeSize) {
        return new ProofException(ProofException.Code.INCLUSION_PROOF_INVALID, "the audit path for leaf "
                + index + " of " + treeSize + " does not lead to the expected root hash");
    }

    public long leafIndex() {
        return leafIndex;
    }

    public long treeSize() {
        return treeSize;
    }

    /** The audit path, nearest sibling first; a fresh copy on every call. */
    public List<byte[]> path() {
        return ProofInputs.immutableCopy(path);
    }
}
