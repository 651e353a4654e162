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

/** Every transparency-dev/merkle inclusion vector: verification fails exactly when wantErr. */
class MerkleInclusionVectorsTest {

    @Test
    void allNinetyEightInclusionFilesArePresent() {
        assertThat(MerkleVectorFiles.files("inclusion")).hasSize(98);
    }

    @TestFactory
    Stream<DynamicTest> everyInclusionVectorVerifiesExactlyWhenNoErrorIsWanted() {
        return MerkleVectorFiles.files("inclusion").stream()
                .map(file -> DynamicTest.dynamicTest(MerkleVectorFiles.relative(file), () -> check(file)));
    }

    private static void check(Path file) {
        JsonNode v = MerkleVectorFiles.read(file);
        byte[] leafHash = MerkleVectorFiles.b64(v.get("leafHash"));
        long index = MerkleVectorFiles.uint64(v.get("leafIdx"));
        long size = MerkleVectorFiles.uint64(v.get("treeSize"));
        List<byte[]> proof = MerkleVectorFiles.b64List(v.get("proof"));
        byte[] root = MerkleVectorFiles.b64(v.get("root"));
        if (v.get("wantErr").asBoolean()) {
            assertThatThrownBy(() -> InclusionProof.verify(leafHash, index, size, proof, root))
                    .as(v.get("desc").asText())
                    .isInstanceOf(ProofException.class);
        } else {
            assertThatCode(() -> InclusionProof.verify(leafHash, index, size, proof, root))
                    .as(v.get("desc").asText())
                    .doesNotThrowAnyException();
        }
    }
}
