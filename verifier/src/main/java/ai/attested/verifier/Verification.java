package ai.attested.verifier;

import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.HardenedZipReader;
import ai.attested.bundle.zip.ZipLimits;
import java.nio.file.Path;

/**
 * The one entry point for "verify this file": opens it as a hardened ZIP (V1) and hands it to
 * the verifier for its kind, recognised by content. A new bundle kind is one more branch here.
 */
public final class Verification {
    private Verification() {}

    public static VerificationReport verify(Path bundle) {
        try (HardenedZipReader reader = HardenedZipReader.open(bundle, ZipLimits.DEFAULTS)) {
            if (BundleVerifier.accepts(reader)) {
                return BundleVerifier.verify(reader);
            }
            return VerificationReport.error(new Finding(1, Codes.BUNDLE_KIND_UNKNOWN, null,
                    "The ZIP is not a bundle this verifier knows: it has no bundle_manifest.json."));
        } catch (BundleReadException e) {
            return ReportAssembler.readFailure(e);
        }
    }
}
