package ai.attested.verifier.seal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.seal.SealCodes;
import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifiedBundleVerifierTest {

    @Test
    void checkpointedBundlePassesWithDeviceTimeCaveatsAgainstEachOriginal(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        TreeMap<String, byte[]> b = SealBundleFixtures.bundle(dir, true);
        assertThat(VerifiedBundleVerifier.isVerifiedBundle(b)).isTrue();
        for (String original : new String[] {"text.txt", "report.bin", "pkg"}) {
            SealBundleReport r = VerifiedBundleVerifier.verify(b, Optional.of(dir.resolve(original)));
            assertThat(r.failures()).as(original).isEmpty();
            assertThat(r.overall()).isEqualTo("PASS_WITH_CAVEATS");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.caveats()).extracting(BundleFinding::code).containsOnly(SealCodes.DEVICE_TIME_ONLY).hasSize(3);
            assertThat(r.text()).startsWith("bundle: OK (svault-verified-bundle/1, vault 1234-56789-0123, 3 seals)\n"
                    + "manifest: OK (signed by key 36ee3280c62ed537)\nseals: OK (3/3)\nchain: OK (#1..#3)\n"
                    + "checkpoint: OK (tree size 4, 3/3 seals included)\ntime: TSA 0, DEVICE only 3\noriginal: OK (seal #");
        }
    }

    @Test
    void withoutCheckpointEachSealHasTheNoCheckpointCaveat(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        SealBundleReport r = VerifiedBundleVerifier.verify(SealBundleFixtures.bundle(dir, false), Optional.empty());
        assertThat(r.failures()).isEmpty();
        assertThat(r.caveats()).extracting(BundleFinding::code).containsOnly(SealCodes.DEVICE_TIME_ONLY, SealBundleCodes.NO_CHECKPOINT)
                .hasSize(6);
        assertThat(r.text()).contains("checkpoint: NONE", "original: NOT CHECKED (no --file)");
    }

    @Test
    void oneChangedByteInAnyBundleFileIsAFailureWithACode(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        TreeMap<String, byte[]> good = SealBundleFixtures.bundle(dir, true);
        for (String path : good.keySet()) {
            for (int at : new int[] {0, good.get(path).length / 2, good.get(path).length - 1}) {
                TreeMap<String, byte[]> bad = new TreeMap<>(good);
                byte[] b = bad.get(path).clone();
                b[at] ^= 0x01;
                bad.put(path, b);
                SealBundleReport r = VerifiedBundleVerifier.verify(bad, Optional.of(dir.resolve("report.bin")));
                assertThat(r.exitCode()).as(path + "@" + at).isEqualTo(1);
                assertThat(r.failures()).as(path + "@" + at).isNotEmpty();
                if (!path.equals(VerifiedBundleLayout.MANIFEST)) {
                    assertThat(r.hasFailure(SealBundleCodes.BUNDLE_CHECKSUM_MISMATCH)).as(path).isTrue();
                    assertThat(r.failures().get(0).where()).isEqualTo(path);
                }
            }
        }
    }

    @Test
    void oneChangedByteInTheOriginalIsFileHashMismatch(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        TreeMap<String, byte[]> b = SealBundleFixtures.bundle(dir, true);
        Files.write(dir.resolve("report.bin"), "quarterly report bytez\n".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(dir.resolve("text.txt"), SealBundleFixtures.TEXT + " ");
        Files.writeString(dir.resolve("pkg/a/b"), "slasH");
        for (String original : new String[] {"text.txt", "report.bin", "pkg"}) {
            SealBundleReport r = VerifiedBundleVerifier.verify(b, Optional.of(dir.resolve(original)));
            assertThat(r.failures()).extracting(BundleFinding::code).as(original).containsExactly(SealBundleCodes.FILE_HASH_MISMATCH);
            assertThat(r.text()).contains("original: FAIL", "overall: FAIL");
        }
    }

    @Test
    void reSignedForgeriesAreCaughtByTheCheckBehindTheManifest(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        TreeMap<String, byte[]> good = SealBundleFixtures.bundle(dir, true);
        // An attacker re-signs everything with their own key: the seals are not theirs.
        Ed25519PrivateKey mallory = Ed25519PrivateKey.generate(new SecureRandom());
        assertThat(VerifiedBundleVerifier.verify(SealBundleFixtures.resign(good, mallory), Optional.empty()).failures())
                .extracting(BundleFinding::code).containsOnly(SealCodes.SEAL_KEY_UNEXPECTED, SealBundleCodes.CHECKPOINT_SIGNATURE_INVALID);

        // Even with the vault key (the checks behind the manifest stand on their own):
        assertCode(edit(good, "seals/000002/seal.json", "\"seal 2\"", "\"seal two\""), SealCodes.SEAL_HASH_MISMATCH);
        assertCode(edit(good, VerifiedBundleLayout.CHAIN_LINKS, "\"seq\": 2", "\"seq\": 5"), SealBundleCodes.CHAIN_LINK_MISMATCH);
        String proof = new String(good.get("seals/000001/inclusion_proof.json"), StandardCharsets.UTF_8);
        String firstHash = proof.substring(proof.indexOf("\"path\": [") + 15, proof.indexOf("\"path\": [") + 79);
        assertCode(edit(good, "seals/000001/inclusion_proof.json", firstHash, "0".repeat(64)), SealBundleCodes.INCLUSION_PROOF_INVALID);
        assertCode(edit(good, VerifiedBundleLayout.CHECKPOINT, "\n4\n", "\n5\n"), SealBundleCodes.CHECKPOINT_SIGNATURE_INVALID);
        assertCode(edit(good, "seals/000003/folder_files.json", "\"size\": 4", "\"size\": 5"), "FOLDER_LISTING_INVALID");
        TreeMap<String, byte[]> extra = new TreeMap<>(good);
        extra.put("notes/evil.sh", "rm -rf /".getBytes(StandardCharsets.US_ASCII));
        assertCode(SealBundleFixtures.resign(extra, SealBundleFixtures.KEY), SealBundleCodes.BUNDLE_UNEXPECTED_FILE);
        TreeMap<String, byte[]> missing = new TreeMap<>(good);
        missing.remove("seals/000002/seal.json");
        assertCode(SealBundleFixtures.resign(missing, SealBundleFixtures.KEY), SealBundleCodes.SEAL_MISSING);
    }

    @Test
    void unsignedEditsAreSignatureOrChecksumFailures(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        TreeMap<String, byte[]> good = SealBundleFixtures.bundle(dir, false);
        TreeMap<String, byte[]> extra = new TreeMap<>(good);
        extra.put("README.extra", new byte[1]);
        assertThat(VerifiedBundleVerifier.verify(extra, Optional.empty()).failures()).extracting(BundleFinding::code)
                .contains(SealBundleCodes.BUNDLE_CHECKSUM_MISMATCH, SealBundleCodes.BUNDLE_UNEXPECTED_FILE);
        TreeMap<String, byte[]> m = new TreeMap<>(good);
        m.put(VerifiedBundleLayout.MANIFEST, "{\"format\":\"svault-verified-bundle/1\"}".getBytes(StandardCharsets.UTF_8));
        SealBundleReport r = VerifiedBundleVerifier.verify(m, Optional.empty());
        assertThat(r.failures()).extracting(BundleFinding::code).containsExactly(SealBundleCodes.BUNDLE_MANIFEST_INVALID);
        assertThat(r.text()).contains("manifest: FAIL", "overall: FAIL");
    }

    private static TreeMap<String, byte[]> edit(Map<String, byte[]> entries, String path, String from, String to) throws Exception {
        TreeMap<String, byte[]> out = new TreeMap<>(entries);
        String s = new String(out.get(path), StandardCharsets.UTF_8);
        assertThat(s).as(path).contains(from);
        out.put(path, s.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return SealBundleFixtures.resign(out, SealBundleFixtures.KEY);
    }

    private static void assertCode(TreeMap<String, byte[]> bundle, String code) {
        SealBundleReport r = VerifiedBundleVerifier.verify(bundle, Optional.empty());
        assertThat(r.failures()).extracting(BundleFinding::code).as(code).contains(code);
        assertThat(r.exitCode()).isEqualTo(1);
    }
}
