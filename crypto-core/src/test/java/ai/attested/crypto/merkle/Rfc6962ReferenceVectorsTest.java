package ai.attested.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The RFC 6962 reference vectors transcribed from transparency-dev/merkle: hasher outputs, roots
 * for every tree size 0..8, node hashes per level, and proofs that must verify and that our
 * generator must reproduce byte for byte.
 */
class Rfc6962ReferenceVectorsTest {
    private static JsonNode vectors;
    private static List<byte[]> leafHashes;

    @BeforeAll
    static void load() {
        vectors = MerkleVectorFiles.read(MerkleVectorFiles.merkleDir().resolve("rfc6962_reference_vectors.json"));
        leafHashes = new ArrayList<>();
        for (byte[] leaf : MerkleVectorFiles.hexList(vectors.get("leaves"))) {
            leafHashes.add(MerkleTree.leafHash(leaf));
        }
    }

    @Test
    void hasherProducesEveryExpectedHash() {
        JsonNode hasher = vectors.get("hasher_vectors");
        assertThat(hasher).hasSize(4);
        for (JsonNode v : hasher) {
            byte[] want = MerkleVectorFiles.hex(v.get("want"));
            String op = v.get("op").asText();
            byte[] got;
            if (op.equals("empty_root")) {
                got = MerkleTree.emptyRoot();
            } else if (op.equals("leaf_hash")) {
                got = MerkleTree.leafHash(MerkleVectorFiles.hex(v.get("input")));
            } else if (op.equals("node_hash")) {
                got = MerkleTree.nodeHash(MerkleVectorFiles.hex(v.get("left")), MerkleVectorFiles.hex(v.get("right")));
            } else {
                throw new AssertionError("unknown hasher op " + op);
            }
            assertThat(got).as(v.get("desc").asText()).isEqualTo(want);
        }
    }

    @Test
    void rootOfEveryTreeSizeFromZeroToEightMatches() {
        List<byte[]> roots = MerkleVectorFiles.hexList(vectors.get("roots_by_tree_size"));
        assertThat(roots).hasSize(9);
        CompactMerkleTree compact = new CompactMerkleTree();
        for (int size = 0; size < roots.size(); size++) {
            assertThat(MerkleTree.root(leafHashes.subList(0, size))).as("MerkleTree.root size %d", size)
                    .isEqualTo(roots.get(size));
            assertThat(compact.root()).as("CompactMerkleTree.root size %d", size).isEqualTo(roots.get(size));
            if (size < leafHashes.size()) {
                compact.append(leafHashes.get(size));
            }
        }
    }

    @Test
    void everyNodeHashPerLevelIsTheRootOfItsAlignedSubtree() {
        JsonNode levels = vectors.get("node_hashes_by_level");
        assertThat(levels).hasSize(4);
        for (int level = 0; level < levels.size(); level++) {
            List<byte[]> nodes = MerkleVectorFiles.hexList(levels.get(level));
            int width = 1 << level;
            assertThat(nodes).hasSize(leafHashes.size() / width);
            for (int i = 0; i < nodes.size(); i++) {
                assertThat(MerkleTree.root(leafHashes.subList(i * width, (i + 1) * width)))
                        .as("level %d node %d", level, i).isEqualTo(nodes.get(i));
            }
        }
    }

    @Test
    void everyReferenceInclusionProofVerifiesAndIsReproducedExactly() {
        JsonNode proofs = vectors.get("inclusion_proofs");
        assertThat(proofs).hasSize(5);
        for (JsonNode v : proofs) {
            long index = v.get("leaf_index").asLong();
            long size = v.get("tree_size").asLong();
            byte[] leafHash = MerkleVectorFiles.hex(v.get("leaf_hash"));
            byte[] root = MerkleVectorFiles.hex(v.get("root"));
            List<byte[]> want = MerkleVectorFiles.hexList(v.get("proof"));
            assertThat(MerkleTree.leafHash(MerkleVectorFiles.hex(v.get("leaf")))).isEqualTo(leafHash);
            assertThatCode(() -> InclusionProof.verify(leafHash, index, size, want, root))
                    .as("verify leaf %d of %d", index, size).doesNotThrowAnyException();
            InclusionProof made = InclusionProof.create(leafHashes, index, size);
            assertThat(made.path()).as("generated path leaf %d of %d", index, size)
                    .usingElementComparator(MerkleProofPropertiesTest::compareBytes).containsExactlyElementsOf(want);
        }
    }

    @Test
    void everyReferenceConsistencyProofVerifiesAndIsReproducedExactly() {
        JsonNode proofs = vectors.get("consistency_proofs");
        assertThat(proofs).hasSize(5);
        for (JsonNode v : proofs) {
            long size1 = v.get("size1").asLong();
            long size2 = v.get("size2").asLong();
            byte[] root1 = MerkleVectorFiles.hex(v.get("root1"));
            byte[] root2 = MerkleVectorFiles.hex(v.get("root2"));
            List<byte[]> want = MerkleVectorFiles.hexList(v.get("proof"));
            assertThatCode(() -> ConsistencyProof.verify(size1, size2, want, root1, root2))
                    .as("verify %d -> %d", size1, size2).doesNotThrowAnyException();
            ConsistencyProof made = ConsistencyProof.create(leafHashes, size1, size2);
            assertThat(made.path()).as("generated proof %d -> %d", size1, size2)
                    .usingElementComparator(MerkleProofPropertiesTest::compareBytes).containsExactlyElementsOf(want);
        }
    }
}
