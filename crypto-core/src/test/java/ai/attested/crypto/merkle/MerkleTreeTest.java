package ai.attested.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    /** MTH straight from RFC 9162 §2.1.1, recursive and slow: the oracle for the fast code. */
    private static byte[] rfcRoot(List<byte[]> d) {
        if (d.isEmpty()) {
            return MerkleTree.emptyRoot();
        }
        if (d.size() == 1) {
            return d.get(0);
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return MerkleTree.nodeHash(rfcRoot(d.subList(0, k)), rfcRoot(d.subList(k, d.size())));
    }

    @Test
    void rootEqualsTheRecursiveRfcDefinitionForEverySizeUpTo130() {
        List<byte[]> leaves = MerkleProofPropertiesTest.leaves(130);
        for (int size = 0; size <= leaves.size(); size++) {
            assertThat(MerkleTree.root(leaves.subList(0, size))).as("size %d", size)
                    .isEqualTo(rfcRoot(leaves.subList(0, size)));
        }
    }

    @Test
    void compactTreeGivesTheSameRootAfterEveryAppend() {
        List<byte[]> leaves = MerkleProofPropertiesTest.leaves(300);
        CompactMerkleTree compact = new CompactMerkleTree();
        for (int size = 1; size <= leaves.size(); size++) {
            compact.append(leaves.get(size - 1));
            assertThat(compact.size()).isEqualTo(size);
            assertThat(compact.root()).as("size %d", size).isEqualTo(MerkleTree.root(leaves.subList(0, size)));
        }
    }

    @Test
    void compactTreeKeepsItsOwnCopyOfAppendedHashes() {
        byte[] leaf = MerkleTree.leafHash(new byte[] {1});
        CompactMerkleTree compact = new CompactMerkleTree();
        compact.append(leaf);
        byte[] before = compact.root();
        leaf[0] ^= 1;
        compact.root()[0] ^= 1;
        assertThat(compact.root()).isEqualTo(before);
    }

    @Test
    void emptyTreeRootIsSha256OfNothing() {
        assertThat(MerkleTree.root(List.of())).isEqualTo(MerkleTree.emptyRoot());
        assertThat(new CompactMerkleTree().root()).isEqualTo(MerkleTree.emptyRoot());
        assertThat(MerkleTree.emptyRoot()).hasSize(32);
    }

    @Test
    void nonRandomAccessListsGiveTheSameResults() {
        List<byte[]> leaves = MerkleProofPropertiesTest.leaves(37);
        List<byte[]> linked = new LinkedList<>(leaves);
        assertThat(MerkleTree.root(linked)).isEqualTo(MerkleTree.root(leaves));
        assertThat(InclusionProof.create(linked, 11, 37).path())
                .usingElementComparator(MerkleProofPropertiesTest::compareBytes)
                .containsExactlyElementsOf(InclusionProof.create(leaves, 11, 37).path());
    }

    @Test
    void leafHashesOfTheWrongLengthAreRefusedWithACode() {
        List<byte[]> leaves = new ArrayList<>(MerkleProofPropertiesTest.leaves(3));
        leaves.set(1, new byte[31]);
        assertThatThrownBy(() -> MerkleTree.root(leaves)).hasMessageStartingWith("MERKLE_HASH_INVALID");
        assertThatThrownBy(() -> new CompactMerkleTree().append(new byte[33])).hasMessageStartingWith("MERKLE_HASH_INVALID");
        List<byte[]> withNull = new ArrayList<>(MerkleProofPropertiesTest.leaves(2));
        withNull.set(0, null);
        assertThatThrownBy(() -> MerkleTree.root(withNull)).hasMessageStartingWith("MERKLE_HASH_INVALID");
    }

    @Test
    void proofRequestsOutsideTheTreeAreRefusedWithACode() {
        List<byte[]> leaves = MerkleProofPropertiesTest.leaves(5);
        assertThatThrownBy(() -> InclusionProof.create(leaves, 5, 5)).hasMessageStartingWith("MERKLE_INDEX_INVALID");
        assertThatThrownBy(() -> InclusionProof.create(leaves, -1, 5)).hasMessageStartingWith("MERKLE_INDEX_INVALID");
        assertThatThrownBy(() -> InclusionProof.create(leaves, 0, 6)).hasMessageStartingWith("MERKLE_TREE_SIZE_INVALID");
        assertThatThrownBy(() -> ConsistencyProof.create(leaves, 0, 5)).hasMessageStartingWith("MERKLE_SIZES_INVALID");
        assertThatThrownBy(() -> ConsistencyProof.create(leaves, 4, 3)).hasMessageStartingWith("MERKLE_SIZES_INVALID");
        assertThatThrownBy(() -> ConsistencyProof.create(leaves, 1, 6)).hasMessageStartingWith("MERKLE_TREE_SIZE_INVALID");
    }

    @Test
    void proofsOverAPrefixIgnoreLaterLeaves() throws ProofException {
        List<byte[]> leaves = MerkleProofPropertiesTest.leaves(20);
        byte[] root13 = MerkleTree.root(leaves.subList(0, 13));
        InclusionProof.create(leaves, 7, 13).verify(leaves.get(7), root13);
        ConsistencyProof.create(leaves, 13, 20).verify(root13, MerkleTree.root(leaves));
        assertThat(ConsistencyProof.create(leaves, 13, 13).path()).isEmpty();
    }

    @Test
    void verificationErrorsCarryCodeAndSentence() {
        List<byte[]> leaves = MerkleProofPropertiesTest.leaves(4);
        byte[] root = MerkleTree.root(leaves);
        List<byte[]> path = InclusionProof.create(leaves, 2, 4).path();
        assertThatThrownBy(() -> InclusionProof.verify(leaves.get(2), 2, 4, path.subList(0, 1), root))
                .isInstanceOfSatisfying(ProofException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProofException.Code.PROOF_MALFORMED);
                    assertThat(e.sentence()).contains("has 2 hashes, got 1");
                    assertThat(e.getMessage()).startsWith("PROOF_MALFORMED: ");
                });
        assertThatThrownBy(() -> InclusionProof.verify(leaves.get(3), 2, 4, path, root))
                .isInstanceOfSatisfying(ProofException.class,
                        e -> assertThat(e.code()).isEqualTo(ProofException.Code.INCLUSION_PROOF_INVALID));
        assertThatThrownBy(() -> ConsistencyProof.verify(0, 0, List.of(), root, root))
                .isInstanceOfSatisfying(ProofException.class,
                        e -> assertThat(e.code()).isEqualTo(ProofException.Code.PROOF_MALFORMED));
    }
}
