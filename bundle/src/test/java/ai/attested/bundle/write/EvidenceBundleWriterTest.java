package ai.attested.bundle.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.bundle.model.BundleManifest;
import ai.attested.bundle.model.BundlePaths;
import ai.attested.bundle.model.ChainHead;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.testing.SampleRun;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The evidence bundle layout of seed 004 §9 with DESIGN.md §2.2, written deterministically. */
class EvidenceBundleWriterTest {
    private final Ed25519PrivateKey key = SampleRun.key();
    private final PolicyArtifact policy = SampleRun.policy(key);

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void writingTwiceGivesIdenticalBytes() {
        assertThat(SampleRun.goldenBundle()).isEqualTo(SampleRun.goldenBundle());
    }

    @Test
    void layoutIsSortedAndComplete() throws IOException {
        Map<String, byte[]> files = unzip(SampleRun.goldenBundle());
        assertThat(files.keySet()).containsExactly("README.txt", "bundle_manifest.json", "policy/policy_artifact.json",
                "receipts/0001.json", "receipts/0002.json", "receipts/0003.json", "receipts/0004.json",
                "receipts/0005.json", "receipts/0006.json", "receipts/0007.json", "receipts/chain_head.json",
                "subject/subject_manifest.json", "verifier/VERSION.txt");
        assertThat(new String(files.get("receipts/0001.json"))).startsWith("{\n  \"").endsWith("}\n");
    }

    @Test
    void manifestListsEveryOtherFileWithItsChecksumAndIsSigned() throws Exception {
        Map<String, byte[]> files = unzip(SampleRun.goldenBundle());
        BundleManifest m = BundleManifest.fromJson(StrictJson.parse(files.get("bundle_manifest.json")));
        List<String> listed = new ArrayList<>();
        for (BundleManifest.FileEntry f : m.files()) {
            listed.add(f.path());
            assertThat(f.sha256()).as(f.path()).isEqualTo(Sha256.hex(files.get(f.path())));
            assertThat(f.sizeBytes()).isEqualTo(files.get(f.path()).length);
        }
        List<String> expected = new ArrayList<>(files.keySet());
        expected.remove("bundle_manifest.json");
        assertThat(listed).isEqualTo(expected);
        List<Receipt> receipts = SampleRun.receipts(policy, key);
        assertThat(m.chainHeadHash()).isEqualTo(receipts.get(6).thisReceiptHash());
        assertThat(m.receiptCount()).isEqualTo(7);
        assertThat(m.policyId()).isEqualTo(policy.policyId());
        assertThat(m.runId()).isEqualTo(SampleRun.RUN_ID);
        assertThat(m.signer().publicKey()).isEqualTo(key.publicKey().base64());
        assertThat(ai.attested.bundle.sign.SigningRules.signatureValid(m.signer().publicKey(), m.signer().signature(),
                m.signingBytes())).isTrue();
        ChainHead head = ChainHead.fromJson(StrictJson.parse(files.get("receipts/chain_head.json")));
        assertThat(head.headReceiptPath()).isEqualTo("receipts/0007.json");
        assertThat(head.headCounter()).isEqualTo(7);
        assertThat(head.headReceiptHash()).isEqualTo(m.chainHeadHash());
    }

    @Test
    void receiptFileNamesArePaddedToMaxOfFourAndTheDigitsOfTheCount() {
        assertThat(BundlePaths.receipt(1, 7)).isEqualTo("receipts/0001.json");
        assertThat(BundlePaths.receipt(9999, 9999)).isEqualTo("receipts/9999.json");
        assertThat(BundlePaths.receipt(1, 10_000)).isEqualTo("receipts/00001.json");
        assertThat(BundlePaths.receipt(100_000, 100_000)).isEqualTo("receipts/100000.json");
        assertThat(BundlePaths.isReceipt("receipts/00001.json")).isTrue();
        assertThat(BundlePaths.isReceipt("receipts/chain_head.json")).isFalse();
        assertThat(BundlePaths.isReceipt("receipts/.json")).isFalse();
        assertThat(BundlePaths.isReceipt("receipts/x/0001.json")).isFalse();
    }

    @Test
    void receiptsThatChangeBetweenPassesAreRefused() {
        List<Receipt> a = SampleRun.receipts(policy, key);
        Iterable<Receipt> shifting = new Iterable<>() {
            int calls;

            @Override
            public Iterator<Receipt> iterator() {
                return ++calls == 1 ? a.iterator() : a.subList(1, a.size()).iterator();
            }
        };
        EvidenceBundleWriter.Input in = new EvidenceBundleWriter.Input(policy, SampleRun.subject(), shifting,
                Map.of(), SampleRun.CREATED_AT, SampleRun.VERIFIER);
        assertThatThrownBy(() -> EvidenceBundleWriter.write(in, key, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void extraFilesAreOnlyTheReadmeAndTheVerifierFolder() {
        for (String bad : List.of("receipts/0008.json", "policy/other.json", "evil.sh", "verifier/../x", "bundle_manifest.json")) {
            EvidenceBundleWriter.Input in = new EvidenceBundleWriter.Input(policy, SampleRun.subject(),
                    SampleRun.receipts(policy, key), Map.of(bad, new byte[1]), SampleRun.CREATED_AT, SampleRun.VERIFIER);
            assertThatThrownBy(() -> EvidenceBundleWriter.write(in, key, new ByteArrayOutputStream())).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void noReceiptsIsRefused() {
        EvidenceBundleWriter.Input in = new EvidenceBundleWriter.Input(policy, SampleRun.subject(), List.of(),
                Map.of(), SampleRun.CREATED_AT, SampleRun.VERIFIER);
        assertThatThrownBy(() -> EvidenceBundleWriter.write(in, key, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
