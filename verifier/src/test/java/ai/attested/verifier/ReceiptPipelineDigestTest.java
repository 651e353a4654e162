package ai.attested.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.model.BundlePaths;
import ai.attested.bundle.testing.SampleRun;
import ai.attested.bundle.zip.HardenedZipReader;
import ai.attested.bundle.zip.ZipEntryInfo;
import ai.attested.bundle.zip.ZipLimits;
import ai.attested.verifier.fixtures.Rebundler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The manifest is read beside the receipt pipeline: a receipt's checksum is compared at once when
 * the manifest is ready and later when it is not. Both orders give the same single finding.
 */
class ReceiptPipelineDigestTest {
    private static final String TAMPERED = "receipts/0003.json";

    private static List<Finding> checksumFindings(boolean manifestFirst) throws Exception {
        byte[] golden = SampleRun.goldenBundle();
        byte[] original;
        try (HardenedZipReader r = HardenedZipReader.open(golden, ZipLimits.DEFAULTS)) {
            original = r.readAll(r.entry(TAMPERED).orElseThrow(), 1 << 20);
        }
        byte[] tampered = new String(original, StandardCharsets.UTF_8).replace("\"tick\"", "\"tock\"").getBytes(StandardCharsets.UTF_8);
        byte[] zip = Rebundler.of(golden).put(TAMPERED, tampered).zip(); // manifest not re-signed: its digest is stale
        try (HardenedZipReader reader = HardenedZipReader.open(zip, ZipLimits.DEFAULTS)) {
            Context ctx = new Context(reader);
            ArtifactChecks artifact = new ArtifactChecks(ctx);
            artifact.readPolicy();
            ReceiptPipeline pipeline = new ReceiptPipeline(reader, ctx.issuerKey(), ctx.policy.policyId(), null);
            List<ZipEntryInfo> entries = new ArrayList<>();
            reader.entries().stream().filter(e -> BundlePaths.isReceipt(e.name())).forEach(entries::add);
            List<ReceiptSummary> summaries;
            if (manifestFirst) {
                artifact.checkManifest();
                pipeline.manifestSettled(ctx.index);
                summaries = pipeline.run(entries);
            } else {
                summaries = pipeline.run(entries);
                assertThat(summaries).allSatisfy(s -> assertThat(s.deferredDigest).isNotNull());
                artifact.checkManifest();
                pipeline.manifestSettled(ctx.index);
            }
            pipeline.checkDeferredDigests(summaries);
            assertThat(summaries).allSatisfy(s -> assertThat(s.deferredDigest).isNull());
            List<Finding> out = new ArrayList<>();
            summaries.forEach(s -> s.findings().stream().filter(f -> f.step() == 2).forEach(out::add));
            return out;
        }
    }

    @Test
    void aStaleDigestIsFoundWhetherTheManifestWasReadFirstOrLast() throws Exception {
        List<Finding> early = checksumFindings(true);
        List<Finding> late = checksumFindings(false);
        assertThat(early).hasSize(1);
        assertThat(early.get(0).code()).isEqualTo("BUNDLE_CHECKSUM_MISMATCH");
        assertThat(early.get(0).path()).contains(TAMPERED);
        assertThat(late).isEqualTo(early);
    }
}
