package ai.attested.verifier;

import ai.attested.bundle.model.BundlePaths;
import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.HardenedZipReader;
import ai.attested.bundle.zip.ZipEntryInfo;
import ai.attested.bundle.zip.ZipLimits;
import ai.attested.verifier.seal.VerifiedBundleFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Verifies an MVP-LOCAL v0.1 evidence bundle offline, as the steps V1..V8 of seed 004 §10 with
 * the resolutions of DESIGN.md §2.2. Not fail-fast: every check runs and every finding is
 * reported, in check order. A readable bundle with bad contents is a FAIL report, never an
 * exception. No network, no files written.
 */
public final class BundleVerifier {
    private BundleVerifier() {}

    public static VerificationReport verify(Path zip) {
        return verify(zip, ZipLimits.DEFAULTS);
    }

    public static VerificationReport verify(Path zip, ZipLimits limits) {
        // V1: open and validate the whole ZIP structure (bounded, read-only, no extraction).
        try (HardenedZipReader reader = HardenedZipReader.open(zip, limits)) {
            return verify(reader);
        } catch (BundleReadException e) {
            return ReportAssembler.readFailure(e);
        }
    }

    public static VerificationReport verify(byte[] zip) {
        try (HardenedZipReader reader = HardenedZipReader.open(zip, ZipLimits.DEFAULTS)) {
            return verify(reader);
        } catch (BundleReadException e) {
            return ReportAssembler.readFailure(e);
        }
    }

    /**
     * True when the archive is an MVP-LOCAL evidence bundle: it has a bundle manifest that is not
     * a VerifiedBundle's (that kind is verified by {@code ai.attested.verifier.seal}).
     */
    public static boolean accepts(HardenedZipReader reader) {
        return reader.entry(BundlePaths.MANIFEST).isPresent() && !VerifiedBundleFiles.isVerifiedBundle(reader);
    }

    /** V2..V8 over an archive that passed V1. */
    public static VerificationReport verify(HardenedZipReader reader) {
        return verify(reader, null);
    }

    /**
     * V2..V8, with the policy issuer pinned to {@code expectedKeyId} (16 hex) when not null: the
     * bundle's own keys only prove that one key signed everything, not whose key it is.
     */
    public static VerificationReport verify(HardenedZipReader reader, String expectedKeyId) {
        Context ctx = new Context(reader);
        ctx.expectedKeyId = expectedKeyId;
        ArtifactChecks artifact = new ArtifactChecks(ctx);
        ChainChecks chain = new ChainChecks(ctx);
        PolicyChecks policy = new PolicyChecks(ctx);

        // The small documents are read (and schema-checked) first: the manifest's signer must be
        // the policy's issuer, and their bytes are reused for the checksums.
        artifact.readPolicy();
        policy.readSubject(artifact);
        chain.readChainHead(artifact);

        // V4: each receipt (schema, receipt_id, this_receipt_hash, signature), streamed, in parallel;
        // its V2 checksum is checked on the same bytes.
        ReceiptPipeline receipts = new ReceiptPipeline(reader, ctx.issuerKey(),
                ctx.policy == null ? null : ctx.policy.policyId(), policy.baseline());
        // V2: manifest checksums (absent, unlisted, unknown files) and the manifest signature, on
        // its own thread while the receipts stream: a 20,000-file manifest no longer holds them up.
        FutureTask<Void> manifest = new FutureTask<>(() -> {
            try {
                artifact.checkManifest();
            } finally {
                receipts.manifestSettled(ctx.index);
            }
            return null;
        });
        Thread manifestThread = new Thread(manifest, "manifest-check");
        manifestThread.setDaemon(true);
        manifestThread.start();
        List<ReceiptSummary> summaries = receipts.run(receiptEntries(reader));
        join(manifest);
        receipts.checkDeferredDigests(summaries);
        ctx.receipts = summaries;
        ctx.chain = ChainChecks.order(ctx.receipts);

        // V3: policy_id recomputed; issuer signature.
        artifact.checkPolicy();
        artifact.checkExpectedKey();

        // V5: chain continuity by counter: gaps, prev hashes, run id, chain head.
        chain.check();

        // V6: policy consistency: policy ids, subject baseline, required events, final export.
        policy.check();

        // V7: drift and enforcement against the policy mapping; lifecycle order.
        new EnforcementChecks(ctx).check();

        // V8: the report.
        return ReportAssembler.assemble(ctx);
    }

    /** Waits for the manifest check; its failure (an OutOfMemoryError included) is this thread's. */
    private static void join(FutureTask<Void> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException) {
                        throw (RuntimeException) cause;
                    }
                    if (cause instanceof Error) {
                        throw (Error) cause;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static List<ZipEntryInfo> receiptEntries(HardenedZipReader reader) {
        List<ZipEntryInfo> out = new ArrayList<>();
        for (ZipEntryInfo e : reader.entries()) {
            if (BundlePaths.isReceipt(e.name())) {
                out.add(e);
            }
        }
        return out;
    }
}
