package ai.attested.verifier;

import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.HardenedZipReader;
import ai.attested.bundle.zip.ZipLimits;
import java.nio.file.Path;

/**
 * "Verify this MVP-LOCAL bundle": opens it as a hardened ZIP (V1) and runs {@link BundleVerifier}
 * when the content is an MVP-LOCAL bundle. The CLI ({@code VerifierMain}) dispatches between bundle
 * kinds by content before it comes here; a ZIP of another kind is {@code BUNDLE_KIND_UNKNOWN}.
 */
public final class Verification {
    private Verification() {}

    public static VerificationReport verify(Path bundle) {
        return verify(bundle, null);
    }

    /** As {@link #verify(Path)}, with the issuer pinned to {@code expectedKeyId} when not null. */
    public static VerificationReport verify(Path bundle, String expectedKeyId) {
        try (HardenedZipReader reader = HardenedZipReader.open(bundle, ZipLimits.DEFAULTS)) {
            return verify(reader, expectedKeyId);
        } catch (BundleReadException e) {
            return ReportAssembler.readFailure(e);
        }
    }

    /** The ERROR report for an archive that could not be opened (V1). */
    public static VerificationReport readFailure(BundleReadException e) {
        return ReportAssembler.readFailure(e);
    }

    /** As {@link #verify(Path, String)} over an archive already opened with {@link ZipLimits#DEFAULTS}. */
    public static VerificationReport verify(HardenedZipReader reader, String expectedKeyId) {
        if (BundleVerifier.accepts(reader)) {
            return BundleVerifier.verify(reader, expectedKeyId);
        }
        return VerificationReport.error(new Finding(1, Codes.BUNDLE_KIND_UNKNOWN, null,
                "The ZIP is not a bundle this verifier knows: it has no bundle_manifest.json."));
    }
}
