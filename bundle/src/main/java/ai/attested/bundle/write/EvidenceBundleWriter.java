package ai.attested.bundle.write;

import ai.attested.bundle.model.BundleManifest;
import ai.attested.bundle.model.BundleManifest.FileEntry;
import ai.attested.bundle.model.BundleManifest.VerifierRef;
import ai.attested.bundle.model.BundlePaths;
import ai.attested.bundle.model.ChainHead;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.model.SchemaException;
import ai.attested.bundle.model.SubjectManifest;
import ai.attested.bundle.sign.ManifestSigner;
import ai.attested.bundle.zip.DeterministicZipWriter;
import ai.attested.bundle.zip.ZipPaths;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes an MVP-LOCAL v0.1 evidence bundle (seed 004 §9, DESIGN.md §2.2) as a deterministic ZIP:
 * same inputs, clock and key give the same bytes. The receipts are iterated twice (first for their
 * checksums, which the manifest lists before them, then to write them), so a 100,000-receipt run
 * never has to be held as bytes. The writer does not judge the chain: run the verifier on the result.
 */
public final class EvidenceBundleWriter {
    /**
     * What goes into a bundle. {@code receipts} in counter order, re-iterable, at least one;
     * {@code extraFiles}: {@code README.txt} and files under {@code verifier/}, path → bytes;
     * {@code createdAt}: ISO 8601 UTC with milliseconds.
     */
    public record Input(PolicyArtifact policy, SubjectManifest subject, Iterable<Receipt> receipts,
            Map<String, byte[]> extraFiles, String createdAt, VerifierRef verifier) {
        public Input {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(receipts, "receipts");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(verifier, "verifier");
            extraFiles = Map.copyOf(extraFiles);
        }
    }

    private EvidenceBundleWriter() {}

    /** Writes the bundle to {@code target} (replacing it) and returns its signed manifest. */
    public static BundleManifest write(Input in, Ed25519PrivateKey key, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            return write(in, key, out);
        }
    }

    /** Writes the bundle to {@code out} (left open) and returns its signed manifest. */
    public static BundleManifest write(Input in, Ed25519PrivateKey key, OutputStream out) throws IOException {
        TreeMap<String, byte[]> fixed = new TreeMap<>(ZipPaths.ORDER);
        in.extraFiles().forEach((path, bytes) -> fixed.put(checkExtraPath(path), bytes.clone()));
        fixed.put(BundlePaths.POLICY, PrettyJson.bytes(in.policy().toJson()));
        fixed.put(BundlePaths.SUBJECT_MANIFEST, PrettyJson.bytes(in.subject().toJson()));

        // Pass 1: checksums of every receipt file, and the head of the chain.
        List<FileEntry> receiptFiles = new ArrayList<>();
        Receipt last = null;
        for (Receipt r : in.receipts()) {
            byte[] b = PrettyJson.bytes(r.toJson());
            receiptFiles.add(new FileEntry(null, Sha256.hex(b), b.length));
            last = r;
        }
        if (last == null) {
            throw new IllegalArgumentException("a bundle needs at least one receipt");
        }
        int count = receiptFiles.size();
        String headPath = BundlePaths.receipt(count, count);
        fixed.put(BundlePaths.CHAIN_HEAD, PrettyJson.bytes(chainHead(last, count, headPath).toJson()));

        List<FileEntry> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FileEntry f = receiptFiles.get(i);
            files.add(new FileEntry(BundlePaths.receipt(i + 1L, count), f.sha256(), f.sizeBytes()));
        }
        fixed.forEach((path, bytes) -> files.add(new FileEntry(path, Sha256.hex(bytes), bytes.length)));
        files.sort((a, b) -> ZipPaths.compareUtf8(a.path(), b.path()));
        BundleManifest manifest = signManifest(in, key, last, count, files);
        fixed.put(BundlePaths.MANIFEST, PrettyJson.bytes(manifest.toJson()));

        // Pass 2: the ZIP in path order; the numbered receipts sort just before receipts/chain_head.json.
        DeterministicZipWriter zip = new DeterministicZipWriter(out);
        boolean receiptsWritten = false;
        for (Map.Entry<String, byte[]> e : fixed.entrySet()) {
            if (!receiptsWritten && ZipPaths.compareUtf8(e.getKey(), BundlePaths.RECEIPTS_DIR) > 0) {
                writeReceipts(zip, in.receipts(), receiptFiles);
                receiptsWritten = true;
            }
            zip.add(e.getKey(), e.getValue());
        }
        zip.finish();
        return manifest;
    }

    private static void writeReceipts(DeterministicZipWriter zip, Iterable<Receipt> receipts, List<FileEntry> pass1)
            throws IOException {
        int count = pass1.size();
        Iterator<Receipt> it = receipts.iterator();
        for (int i = 0; i < count; i++) {
            byte[] b = it.hasNext() ? PrettyJson.bytes(it.next().toJson()) : null;
            if (b == null || !Sha256.hex(b).equals(pass1.get(i).sha256())) {
                throw new IllegalStateException("the receipts changed between the two passes over them");
            }
            zip.add(BundlePaths.receipt(i + 1L, count), b);
        }
        if (it.hasNext()) {
            throw new IllegalStateException("the receipts changed between the two passes over them");
        }
    }

    private static BundleManifest signManifest(Input in, Ed25519PrivateKey key, Receipt last, int count,
            List<FileEntry> files) {
        try {
            return ManifestSigner.sign(BundleManifest.unsigned(in.createdAt(), in.policy().policyId(),
                    last.runId(), count, last.thisReceiptHash(), files, in.verifier()), key);
        } catch (SchemaException e) {
            throw new IllegalArgumentException("bundle manifest would be invalid: " + e.getMessage(), e);
        }
    }

    private static ChainHead chainHead(Receipt last, int count, String headPath) {
        try {
            return ChainHead.of(last, count, headPath);
        } catch (SchemaException e) {
            throw new IllegalArgumentException("chain head would be invalid: " + e.getMessage(), e);
        }
    }

    /** Extra files are the README and the embedded verifier; everything else is generated here. */
    private static String checkExtraPath(String path) {
        boolean allowed = path.equals(BundlePaths.README)
                || path.startsWith(BundlePaths.VERIFIER_DIR) && ZipPaths.isSafe(path);
        if (!allowed) {
            throw new IllegalArgumentException("extra files must be README.txt or under verifier/: "
                    + ZipPaths.printable(path));
        }
        return path;
    }
}
