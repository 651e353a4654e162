package ai.attested.crypto.sig;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.crypto.Hex;
import ai.attested.crypto.VectorFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Project Wycheproof ed25519_test.json: every one of the 151 cases, exactly valid or invalid. */
class WycheproofEd25519VectorsTest {
    private static final JsonNode FILE = VectorFiles.json(VectorFiles.vector("wycheproof/ed25519_test.json"));

    private record Case(int tcId, String pk, String msg, String sig, boolean valid, String comment) {
    }

    private static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        for (JsonNode group : FILE.get("testGroups")) {
            String pk = group.get("publicKey").get("pk").asText();
            for (JsonNode t : group.get("tests")) {
                all.add(new Case(t.get("tcId").asInt(), pk, t.get("msg").asText(), t.get("sig").asText(),
                        "valid".equals(t.get("result").asText()), t.get("comment").asText()));
            }
        }
        return all;
    }

    /** Key rejected at creation, wrong length, or a failed check: all count as "invalid". */
    static boolean accepts(String pkHex, byte[] msg, byte[] sig) {
        Ed25519PublicKey key;
        try {
            key = Ed25519PublicKey.fromRaw(Hex.decode(pkHex));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return key.isValid(sig, msg);
    }

    @Test
    void fileHoldsAll151Cases() {
        List<Case> all = cases();
        assertThat(all).hasSize(151);
        assertThat(FILE.get("numberOfTests").asInt()).isEqualTo(151);
        assertThat(all.stream().filter(Case::valid).count()).isEqualTo(88);
    }

    @Test
    void tcId37WithAByteAppendedIsRejected() {
        Case c = cases().stream().filter(x -> x.tcId() == 37).findFirst().orElseThrow();
        assertThat(Hex.decode(c.sig())).hasSize(65);
        assertThat(c.valid()).isFalse();
        assertThat(accepts(c.pk(), Hex.decode(c.msg()), Hex.decode(c.sig()))).isFalse();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsExpectedResult() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(
                "tcId " + c.tcId() + " " + (c.valid() ? "valid" : "invalid") + " " + c.comment(),
                () -> assertThat(accepts(c.pk(), Hex.decode(c.msg()), Hex.decode(c.sig())))
                        .as("tcId %d", c.tcId()).isEqualTo(c.valid())));
    }
}
