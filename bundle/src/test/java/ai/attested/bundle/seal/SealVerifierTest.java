package ai.attested.bundle.seal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.crypto.Base64s;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SealVerifierTest {

    @Test
    void freshSealPassesWithDeviceTimeCaveat() {
        SealCheck check = SealVerifier.verify(SealFixtures.textSeal());
        assertThat(check.passed()).isTrue();
        assertThat(check.caveats()).extracting(SealFinding::code).containsExactly(SealCodes.DEVICE_TIME_ONLY);
    }

    @Test
    void draftHashIsTheSignedSealsHash() {
        SealDraft draft = SealFixtures.textDraft(1, SealRules.GENESIS_PREV_HASH, "hello");
        assertThat(draft.sealHash(SealFixtures.KEY.publicKey())).isEqualTo(draft.sign(SealFixtures.KEY, TimeSource.device()).sealHash());
    }

    @Test
    void changingAnyHashedFieldGivesSealHashMismatch() throws Exception {
        String[][] edits = {
            {"description", "changed"}, {"operator", "mallory"}, {"device_time", "2026-02-11T12:00:00.001Z"},
            {"vault_id", "1234-56789-0121"},
        };
        for (String[] edit : edits) {
            ObjectNode tree = SealCodec.toTree(SealFixtures.textSeal());
            tree.put(edit[0], edit[1]);
            SealCheck check = SealVerifier.verify(SealCodec.fromTree(tree));
            assertThat(check.hasFailure(SealCodes.SEAL_HASH_MISMATCH)).as(edit[0]).isTrue();
        }
        ObjectNode tree = SealCodec.toTree(SealFixtures.textSeal());
        ((ObjectNode) tree.get("subject")).put("sha256", "f".repeat(64));
        SealCheck check = SealVerifier.verify(SealCodec.fromTree(tree));
        // The subject hash is in both the seal hash and the signed statement.
        assertThat(check.failures()).extracting(SealFinding::code)
                .containsExactly(SealCodes.SEAL_HASH_MISMATCH, SealCodes.SEAL_SIGNATURE_INVALID);
    }

    @Test
    void rewrittenSealHashBreaksTheSignature() throws Exception {
        ObjectNode tree = SealCodec.toTree(SealFixtures.textSeal());
        tree.put("description", "changed");
        Seal changed = SealCodec.fromTree(tree);
        tree.put("seal_hash", SealCodec.computeSealHash(changed));
        SealCheck check = SealVerifier.verify(SealCodec.fromTree(tree));
        assertThat(check.failures()).extracting(SealFinding::code).containsExactly(SealCodes.SEAL_SIGNATURE_INVALID);
    }

    @Test
    void anotherKeysSignatureIsInvalidAndKeyIdMismatchIsNamed() throws Exception {
        Ed25519PrivateKey other = Ed25519PrivateKey.generate(new SecureRandom());
        Seal seal = SealFixtures.textSeal();
        byte[] foreign = other.sign(seal.statement().canonicalBytes());
        ObjectNode tree = SealCodec.toTree(seal);
        ((ObjectNode) tree.get("signer")).put("signature", Base64s.encodeStd(foreign));
        assertThat(SealVerifier.verify(SealCodec.fromTree(tree)).failures()).extracting(SealFinding::code)
                .containsExactly(SealCodes.SEAL_SIGNATURE_INVALID);

        ObjectNode swapped = SealCodec.toTree(seal);
        ((ObjectNode) swapped.get("signer")).put("public_key", other.publicKey().base64());
        SealCheck check = SealVerifier.verify(SealCodec.fromTree(swapped));
        assertThat(check.failures()).extracting(SealFinding::code)
                .containsExactly(SealCodes.SEAL_HASH_MISMATCH, SealCodes.SEAL_KEY_ID_MISMATCH, SealCodes.SEAL_SIGNATURE_INVALID);
    }

    @Test
    void pinnedKeyRejectsOtherSigners() {
        Ed25519PrivateKey other = Ed25519PrivateKey.generate(new SecureRandom());
        Seal seal = SealFixtures.textSeal();
        assertThat(SealVerifier.verify(seal, SealFixtures.KEY.publicKey()).passed()).isTrue();
        assertThat(SealVerifier.verify(seal, other.publicKey()).failures()).extracting(SealFinding::code)
                .containsExactly(SealCodes.SEAL_KEY_UNEXPECTED);
    }

    @Test
    void removingTheTimeSourceDoesNotChangeTheHash() {
        Seal seal = SealFixtures.textSeal();
        assertThat(SealCodec.computeSealHash(seal.withTimeSource(TimeSource.device()))).isEqualTo(seal.sealHash());
    }
}
