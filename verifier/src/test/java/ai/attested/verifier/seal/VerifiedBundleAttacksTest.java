package ai.attested.verifier.seal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.crypto.Base64s;
import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.JsonPaths;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.note.Checkpoint;
import ai.attested.crypto.note.NoteSigner;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red-team attacks on VerifiedBundle verification (docs/decisions/0090): each crafts a bundle an
 * attacker could hand to an auditor and asserts the verifier does not say PASS.
 */
class VerifiedBundleAttacksTest {

    /** Finding 0090-1: the manifest signature was checked over the known fields only. */
    @Test
    void aFieldAddedToTheSignedManifestBreaksItsSignature(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        TreeMap<String, byte[]> good = SealBundleFixtures.bundle(dir, true);
        ObjectNode m = (ObjectNode) StrictJson.parse(good.get(VerifiedBundleLayout.MANIFEST));
        m.put("approved_by", "Chief Financial Officer");
        ((ObjectNode) m.get("files").get(0)).put("note", "reviewed, no findings");
        TreeMap<String, byte[]> forged = new TreeMap<>(good);
        forged.put(VerifiedBundleLayout.MANIFEST, PrettyJson.bytes(m));

        SealBundleReport r = VerifiedBundleVerifier.verify(forged, Optional.empty());
        assertThat(r.failures()).extracting(BundleFinding::code).containsExactly(SealBundleCodes.BUNDLE_SIGNATURE_INVALID);
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void anAdditiveManifestFieldSignedByTheVaultKeyIsAccepted(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        TreeMap<String, byte[]> good = SealBundleFixtures.bundle(dir, true);
        ObjectNode m = (ObjectNode) StrictJson.parse(good.get(VerifiedBundleLayout.MANIFEST));
        m.put("export_note", "for the 2026 audit");
        byte[] signed = CanonicalJson.canonicalize(JsonPaths.without(m, "signer.signature"));
        ((ObjectNode) m.get("signer")).put("signature", Base64s.encodeStd(SealBundleFixtures.KEY.sign(signed)));
        TreeMap<String, byte[]> extended = new TreeMap<>(good);
        extended.put(VerifiedBundleLayout.MANIFEST, PrettyJson.bytes(m));

        assertThat(VerifiedBundleVerifier.verify(extended, Optional.empty()).failures()).isEmpty();
    }

    @Test
    void anInclusionProofMovedToAnotherSealIsRefused(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        TreeMap<String, byte[]> b = SealBundleFixtures.bundle(dir, true);
        b.put("seals/000002/inclusion_proof.json", b.get("seals/000001/inclusion_proof.json"));
        assertFails(SealBundleFixtures.resign(b, SealBundleFixtures.KEY), SealBundleCodes.INCLUSION_PROOF_INVALID);
    }

    @Test
    void aCheckpointSignedByAnotherKeyForTheSameOriginIsRefused(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        TreeMap<String, byte[]> b = SealBundleFixtures.bundle(dir, true);
        Ed25519PrivateKey mallory = Ed25519PrivateKey.generate(new SecureRandom());
        String note = new String(b.get(VerifiedBundleLayout.CHECKPOINT), StandardCharsets.UTF_8);
        Checkpoint cp = Checkpoint.parse(note.substring(0, note.indexOf("\n\n") + 1));
        String origin = "sovereign-vault/" + SealBundleFixtures.VAULT;
        b.put(VerifiedBundleLayout.CHECKPOINT, NoteSigner.ed25519(origin, mallory).sign(cp.toText()).getBytes(StandardCharsets.UTF_8));
        assertFails(SealBundleFixtures.resign(b, SealBundleFixtures.KEY), SealBundleCodes.CHECKPOINT_SIGNATURE_INVALID);
    }

    @Test
    void sealsSwappedBetweenTheirFoldersAreRefused(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        TreeMap<String, byte[]> b = SealBundleFixtures.bundle(dir, false);
        byte[] one = b.get("seals/000001/seal.json");
        b.put("seals/000001/seal.json", b.get("seals/000002/seal.json"));
        b.put("seals/000002/seal.json", one);
        assertFails(SealBundleFixtures.resign(b, SealBundleFixtures.KEY), SealBundleCodes.SEAL_SCHEMA_INVALID);
    }

    @Test
    void aCardOfAnotherSealIsNotCaughtByTheJarButByTheChecksums(@TempDir Path dir) throws Exception {
        // verifier.jar has no QR decoder (FORMATS §7): a card swapped after signing fails the checksum.
        SealBundleFixtures.writeOriginals(dir);
        TreeMap<String, byte[]> b = SealBundleFixtures.bundle(dir, false);
        b.put("seals/000001/card.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1});
        assertFails(b, SealBundleCodes.BUNDLE_CHECKSUM_MISMATCH);
    }

    @Test
    void aBundleReSignedByAnotherVaultKeyFailsAgainstThePinnedKey(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        TreeMap<String, byte[]> good = SealBundleFixtures.bundle(dir, false);
        String vaultKey = SealBundleFixtures.KEY.publicKey().keyId();
        assertThat(VerifiedBundleVerifier.verify(good, Optional.empty(), Optional.of(vaultKey)).failures()).isEmpty();

        // The manifest re-signed by mallory: with the pin, the manifest key itself is refused (a bundle fully
        // re-made under mallory's own vault would be self-consistent; only the pin catches that).
        Ed25519PrivateKey mallory = Ed25519PrivateKey.generate(new SecureRandom());
        TreeMap<String, byte[]> forged = SealBundleFixtures.resign(good, mallory);
        SealBundleReport r = VerifiedBundleVerifier.verify(forged, Optional.empty(), Optional.of(vaultKey));
        assertThat(r.failures()).extracting(BundleFinding::code).contains(ai.attested.bundle.seal.SealCodes.SEAL_KEY_UNEXPECTED);
        assertThat(r.failures()).extracting(BundleFinding::where).contains(VerifiedBundleLayout.MANIFEST);
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void aSymlinkAddedToASealedFolderIsNotABareOk(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        TreeMap<String, byte[]> b = SealBundleFixtures.bundle(dir, false);
        Path pkg = dir.resolve("pkg");
        assertThat(VerifiedBundleVerifier.verify(b, Optional.of(pkg)).caveats()).extracting(BundleFinding::code)
                .doesNotContain(SealBundleCodes.FOLDER_SKIPPED_CHANGED);

        // A link is never followed, so the package hash stays the sealed one: without the caveat the
        // report said "original: OK" for a folder that now runs something else.
        java.nio.file.Files.createSymbolicLink(pkg.resolve("run.sh"), dir.resolve("report.bin"));
        SealBundleReport r = VerifiedBundleVerifier.verify(b, Optional.of(pkg));
        assertThat(r.failures()).isEmpty();
        assertThat(r.text()).contains("original: OK");
        assertThat(r.caveats()).filteredOn(f -> f.code().equals(SealBundleCodes.FOLDER_SKIPPED_CHANGED))
                .singleElement().satisfies(f -> assertThat(f.detail()).contains("now SYMLINK run.sh"));
        assertThat(r.exitCode()).isEqualTo(2);
    }

    private static void assertFails(TreeMap<String, byte[]> bundle, String code) {
        SealBundleReport r = VerifiedBundleVerifier.verify(bundle, Optional.empty());
        assertThat(r.failures()).extracting(BundleFinding::code).as(code).contains(code);
        assertThat(r.exitCode()).isEqualTo(1);
    }
}
