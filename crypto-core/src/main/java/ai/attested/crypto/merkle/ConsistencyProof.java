package ai.attested.crypto.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An RFC 9162 §2.1.4 consistency proof: the hashes showing that the tree of the first
 * {@code size1} leaves is a prefix of the tree of the first {@code size2} leaves.
 *
 * <p>As in the reference implementation (transparency-dev/merkle), a proof from size 0 is always
 * rejected (it proves nothing), and equal sizes need an empty proof and byte-equal roots.
 */
public final class ConsistencyProof {
    private final long size1;
    private final long size2;
    private final List<byte[]> path;

    private ConsistencyProof(long size1, long size2, List<byte[]> path) {
        this.size1 = size1;
        this.size2 = size2;
        this.path = ProofInputs.immutableCopy(path);
    }

    /**
     * Generates PROOF(size1, D[size2]) (RFC 9162 §2.1.4.1) over the first {@code size2} leaf hashes.
     * Equal sizes give an empty proof. Cost: at most {@code size2} node hashes.
     *
     * @throws IllegalArgumentException unless {@code 0 < size1 <= size2 <= leafHashes.size()}
     */
    public static ConsistencyProof create(List<byte[]> leafHashes, long size1, long size2) {
        List<byte[]> leaves = MerkleTree.checkedLeaves(leafHashes, size2);
        if (size1 <= 0 || size1 > size2) {
            throw new IllegalArgumentException("MERKLE_SIZES_INVALID: a consistency proof needs 0 < size1 <= size2, got "
                    + size1 + " and " + size2);
        }
        NodeHasher hasher = new NodeHasher();
        List<byte[]> topDown = new ArrayList<>();
        int lo = 0;
        int hi = ProofInputs.toIntSize(size2, "size2");
        int m = (int) size1;
        boolean wholeOldTree = true; // RFC 9162 "b": the old tree is a whole subtree seen so far
        while (true) {
            int n = hi - lo;
            if (m == n) {
                if (!wholeOldTree) {
                    topDown.add(hasher.rangeRoot(leaves, lo, hi));
                }
                break;
            }
            int k = NodeHasher.splitPoint(n);
            if (m <= k) {
                topDown.add(hasher.rangeRoot(leaves, lo + k, hi));
                hi = lo + k;
            } else {
                topDown.add(hasher.rangeRoot(leaves, lo, lo + k));
                lo += k;
                m -= k;
                wholeOldTree = false;
            }
        }
        Collections.reverse(topDown);
        return new ConsistencyProof(size1, size2, topDown);
    }

    /**
     * Verifies that {@code root1} (tree of {@code size1} leaves) is a prefix of {@code root2} (tree
     * of {@code size2} leaves) by the proof {@code path} (RFC 9162 §2.1.4.2). Returns normally only
     * on success.
     *
     * @param path the proof hashes; {@code null} is read as empty
     * @throws ProofException {@code PROOF_MALFORMED} for impossible sizes, hash lengths or path
     *     length (including size1 == 0); {@code CONSISTENCY_PROOF_INVALID} when the path does not
     *     reproduce both roots
     */
    public static void verify(long size1, long size2, List<byte[]> path, byte[] root1, byte[] root2)
            throws ProofException {
        if (size1 <= 0 || size2 < size1) {
            throw new ProofException(ProofException.Code.PROOF_MALFORMED, "a consistency proof needs"
                    + " 0 < size1 <= size2, got " + size1 + " and " + size2);
        }
        if (root1 == null || root2 == null) {
            throw new ProofException(ProofException.Code.PROOF_MALFORMED, "a root hash is missing");
        }
        List<byte[]> steps = path == null ? List.of() : path;
        if (size1 == size2) {
            // Same tree: nothing to prove but equality (no length rule here, as in the reference).
            if (!steps.isEmpty()) {
                throw new ProofException(ProofException.Code.PROOF_MALFORMED,
                        "trees of equal size need an empty consistency proof, got " + steps.size() + " hashes");
            }
            if (!ProofInputs.sameHash(root1, root2)) {
                throw invalid(size1, size2);
            }
            return;
        }
        ProofInputs.requireHash(root1, "root hash 1");
        ProofInputs.requireHash(root2, "root hash 2");
        steps = ProofInputs.checkedPath(steps);
        int expected = expectedPathLength(size1, size2);
        if (steps.size() != expected) {
            throw new ProofException(ProofException.Code.PROOF_MALFORMED, "a consistency proof from "
                    + size1 + " to " + size2 + " has " + expected + " hashes, got " + steps.size());
        }
        verifyChain(size1, size2, steps, root1, root2);
    }

    /** The loop of RFC 9162 §2.1.4.2, steps 2 to 7. */
    private static void verifyChain(long size1, long size2, List<byte[]> steps, byte[] root1, byte[] root2)
            throws ProofException {
        List<byte[]> chain = new ArrayList<>(steps.size() + 1);
        if (Long.bitCount(size1) == 1) {
            chain.add(root1); // the old tree is a whole subtree: its root starts the chain
        }
        chain.addAll(steps);
        NodeHasher hasher = new NodeHasher();
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = chain.get(0);
        byte[] sr = chain.get(0);
        for (byte[] c : chain.subList(1, chain.size())) {
            if (sn == 0) {
                throw invalid(size1, size2);
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = hasher.node(c, fr);
                sr = hasher.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = hasher.node(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0 || !ProofInputs.sameHash(fr, root1) || !ProofInputs.sameHash(sr, root2)) {
            throw invalid(size1, size2);
        }
    }

    /** Number of hashes in a consistency proof from size1 to size2 (0 < size1 < size2). */
    static int expectedPathLength(long size1, long size2) {
        long last = size1 - 1;
        int inner = Long.SIZE - Long.numberOfLeadingZeros(last ^ (size2 - 1));
        int border = Long.bitCount(last >>> inner);
        // Levels below the old tree's last whole subtree are not in the proof.
        int shift = Long.numberOfTrailingZeros(size1);
        // When the old tree is itself a whole subtree, its root (known to the verifier) is omitted.
        int start = Long.bitCount(size1) == 1 ? 0 : 1;
        return start + (inner - shift) + border;
    }

    private static ProofException invalid(long size1, long size2) {
        return new ProofException(ProofException.Code.CONSISTENCY_PROOF_INVALID, "the consistency proof from "
                + size1 + " to " + size2 + " leaves does not reproduce both root hashes");
    }

    /** Verifies this proof between {@code root1} and {@code root2}; see the static form. */
    public void verify(byte[] root1, byte[] root2) throws ProofException {
        verify(size1, size2, path, root1, root2);
    }

    public long size1() {
        return size1;
    }

    public long size2() {
        return size2;
    }

    /** The proof hashes in RFC 9162 order; a fresh copy on every call. */
    public List<byte[]> path() {
        return ProofInputs.immutableCopy(path);
    }
}
