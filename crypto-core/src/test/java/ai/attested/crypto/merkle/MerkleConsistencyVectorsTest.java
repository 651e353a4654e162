package ai.attested.crypto.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every transparency-dev/merkle consistency vector: verification fails exactly when wantErr. */
class MerkleConsistencyVectorsTest {

    @Test
    void allNinetyEightConsistencyFilesArePresent() {
        assertThat(MerkleVectorFiles.files("consistency")).hasSize(98);
    }

    @TestFactory
    Stream<DynamicTest> everyConsistencyVectorVerifiesExactlyWhenNoErrorIsWanted() {
        return MerkleVectorFiles.files("consistency").stream()
                .map(file -> DynamicTest.dynamicTest(MerkleVectorFiles.relative(file), () -> check(file)));
    }

    private static void check(Path file) {
        JsonNode v = MerkleVectorFiles.read(file);
        long size1 = MerkleVectorFiles.uint64(v.get("size1"));
        long size2 = MerkleVectorFiles.uint64(v.get("size2"));
        List<byte[]> proof = MerkleVectorFiles.b64List(v.get("proof"));
        byte[] root1 = MerkleVectorFiles.b64(v.get("root1"));
        byte[] root2 = MerkleVectorFiles.b64(v.get("root2"));
        if (v.get("wantErr").asBoolean()) {
            assertThatThrownBy(() -> ConsistencyProof.verify(size1, size2, proof, root1, root2))
                    .as(v.get("desc").asText())
                    .isInstanceOf(ProofException.class);
        } else {
            assertThatCode(() -> ConsistencyProof.verify(size1, size2, proof, root1, root2))
                    .as(v.get("desc").asText())
                    .doesNotThrowAnyException();
        }
    }
}
