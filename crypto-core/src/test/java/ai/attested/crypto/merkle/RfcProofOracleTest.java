package ai.attested.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated proofs equal, hash for hash, the recursive definitions PATH and PROOF/SUBPROOF of
 * RFC 9162 §2.1.3.1 and §2.1.4.1 for every index and size pair up to 48 leaves.
 */
class RfcProofOracleTest {
    private static final List<byte[]> LEAVES = MerkleProofPropertiesTest.leaves(48);

    private static byte[] mth(List<byte[]> d) {
        return MerkleTree.root(d);
    }

    private static int k(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static List<byte[]> path(int m, List<byte[]> d) {
        List<byte[]> out = new ArrayList<>();
        int n = d.size();
        if (n <= 1) {
            return out;
        }
        int k = k(n);
        if (m < k) {
            out.addAll(path(m, d.subList(0, k)));
            out.add(mth(d.subList(k, n)));
        } else {
            out.addAll(path(m - k, d.subList(k, n)));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        List<byte[]> out = new ArrayList<>();
        int n = d.size();
        if (m == n) {
            if (!b) {
                out.add(mth(d));
            }
            return out;
        }
        int k = k(n);
        if (m <= k) {
            out.addAll(subproof(m, d.subList(0, k), b));
            out.add(mth(d.subList(k, n)));
        } else {
            out.addAll(subproof(m - k, d.subList(k, n), false));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    @Test
    void inclusionPathsEqualTheRecursiveRfcPathForEveryIndexAndSize() throws ProofException {
        for (int size = 1; size <= LEAVES.size(); size++) {
            List<byte[]> tree = LEAVES.subList(0, size);
            byte[] root = mth(tree);
            for (int index = 0; index < size; index++) {
                InclusionProof proof = InclusionProof.create(LEAVES, index, size);
                assertThat(proof.path()).as("leaf %d of %d", index, size)
                        .usingElementComparator(MerkleProofPropertiesTest::compareBytes)
                        .containsExactlyElementsOf(path(index, tree));
                proof.verify(LEAVES.get(index), root);
            }
        }
    }

    @Test
    void consistencyProofsEqualTheRecursiveRfcProofForEverySizePair() throws ProofException {
        for (int size2 = 1; size2 <= LEAVES.size(); size2++) {
            List<byte[]> tree = LEAVES.subList(0, size2);
            for (int size1 = 1; size1 <= size2; size1++) {
                ConsistencyProof proof = ConsistencyProof.create(LEAVES, size1, size2);
                assertThat(proof.path()).as("%d -> %d", size1, size2)
                        .usingElementComparator(MerkleProofPropertiesTest::compareBytes)
                        .containsExactlyElementsOf(subproof(size1, tree, true));
                proof.verify(mth(LEAVES.subList(0, size1)), mth(tree));
            }
        }
    }
}
