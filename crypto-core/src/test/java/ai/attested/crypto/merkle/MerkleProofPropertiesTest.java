package ai.attested.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Generated proofs always verify, and any single flipped bit makes them fail. */
class MerkleProofPropertiesTest {

    static int compareBytes(byte[] a, byte[] b) {
        return Arrays.compare(a, b);
    }

    static List<byte[]> leaves(int count) {
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(MerkleTree.leafHash(("seal-" + i).getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static byte[] flipped(byte[] bytes, int position, int bit) {
        byte[] copy = bytes.clone();
        copy[position] ^= (byte) (1 << bit);
        return copy;
    }

    @Property(tries = 150)
    void everyInclusionProofVerifiesAndFailsWhenAnyPathOrRootByteIsFlipped(
            @ForAll @IntRange(min = 1, max = 300) int size,
            @ForAll @IntRange(min = 0, max = 299) int rawIndex,
            @ForAll @IntRange(min = 0, max = 7) int bit) {
        int index = rawIndex % size;
        List<byte[]> leafHashes = leaves(size);
        byte[] root = MerkleTree.root(leafHashes);
        byte[] leafHash = leafHashes.get(index);
        InclusionProof proof = InclusionProof.create(leafHashes, index, size);
        List<byte[]> path = proof.path();

        assertThatCode(() -> proof.verify(leafHash, root)).doesNotThrowAnyException();
        for (int step = 0; step < path.size(); step++) {
            for (int position = 0; position < MerkleTree.HASH_SIZE; position++) {
                List<byte[]> bad = new ArrayList<>(path);
                bad.set(step, flipped(path.get(step), position, bit));
                assertThatThrownBy(() -> InclusionProof.verify(leafHash, index, size, bad, root))
                        .isInstanceOf(ProofException.class)
                        .extracting(e -> ((ProofException) e).code()).isEqualTo(ProofException.Code.INCLUSION_PROOF_INVALID);
            }
        }
        for (int position = 0; position < MerkleTree.HASH_SIZE; position++) {
            byte[] badRoot = flipped(root, position, bit);
            byte[] badLeaf = flipped(leafHash, position, bit);
            assertThatThrownBy(() -> InclusionProof.verify(leafHash, index, size, path, badRoot))
                    .isInstanceOf(ProofException.class);
            assertThatThrownBy(() -> InclusionProof.verify(badLeaf, index, size, path, root))
                    .isInstanceOf(ProofException.class);
        }
    }

    /*
     * Only the index is checked here: a path can also fit a larger tree with the same root (the
     * tree size is bound by the signed checkpoint, not by the proof), so no "other size" claim.
     */
    @Property(tries = 150)
    void inclusionProofFailsForAnyOtherLeafIndex(
            @ForAll @IntRange(min = 2, max = 200) int size,
            @ForAll @IntRange(min = 0, max = 199) int rawIndex,
            @ForAll @IntRange(min = 0, max = 199) int rawOther) {
        int index = rawIndex % size;
        int other = rawOther % size;
        List<byte[]> leafHashes = leaves(size);
        byte[] root = MerkleTree.root(leafHashes);
        List<byte[]> path = InclusionProof.create(leafHashes, index, size).path();
        if (other != index) {
            assertThatThrownBy(() -> InclusionProof.verify(leafHashes.get(index), other, size, path, root))
                    .isInstanceOf(ProofException.class);
        }
    }

    @Property(tries = 200)
    void consistencyProofsBetweenRandomSizesVerifyAndFailWhenAnyByteIsFlipped(
            @ForAll @IntRange(min = 1, max = 300) int size2,
            @ForAll @IntRange(min = 1, max = 300) int rawSize1,
            @ForAll @IntRange(min = 0, max = 7) int bit) {
        int size1 = 1 + (rawSize1 - 1) % size2;
        List<byte[]> leafHashes = leaves(size2);
        byte[] root1 = CompactMerkleTree.of(leafHashes.subList(0, size1)).root();
        byte[] root2 = MerkleTree.root(leafHashes);
        ConsistencyProof proof = ConsistencyProof.create(leafHashes, size1, size2);
        List<byte[]> path = proof.path();

        assertThatCode(() -> proof.verify(root1, root2)).doesNotThrowAnyException();
        for (int step = 0; step < path.size(); step++) {
            for (int position = 0; position < MerkleTree.HASH_SIZE; position++) {
                List<byte[]> bad = new ArrayList<>(path);
                bad.set(step, flipped(path.get(step), position, bit));
                assertThatThrownBy(() -> ConsistencyProof.verify(size1, size2, bad, root1, root2))
                        .isInstanceOf(ProofException.class)
                        .extracting(e -> ((ProofException) e).code()).isEqualTo(ProofException.Code.CONSISTENCY_PROOF_INVALID);
            }
        }
        for (int position = 0; position < MerkleTree.HASH_SIZE; position++) {
            byte[] bad1 = flipped(root1, position, bit);
            byte[] bad2 = flipped(root2, position, bit);
            assertThatThrownBy(() -> ConsistencyProof.verify(size1, size2, path, bad1, root2))
                    .isInstanceOf(ProofException.class);
            assertThatThrownBy(() -> ConsistencyProof.verify(size1, size2, path, root1, bad2))
                    .isInstanceOf(ProofException.class);
        }
    }
}
