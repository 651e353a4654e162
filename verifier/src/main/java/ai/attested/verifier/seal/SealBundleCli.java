package ai.attested.verifier.seal;

import ai.attested.bundle.seal.tsa.TsaTrust;
import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.HardenedZipReader;
import ai.attested.bundle.zip.ZipError;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The VerifiedBundle branch of the verifier CLI: {@code verifier.jar VerifiedBundle.zip [--file ORIGINAL]}.
 * Prints the report; returns 0 PASS, 1 FAIL, 2 PASS_WITH_CAVEATS, 3 when the input cannot be read.
 */
public final class SealBundleCli {
    private SealBundleCli() {
    }

    /** True when {@code zip} is a readable ZIP whose manifest is a VerifiedBundle manifest. */
    public static boolean handles(Path zip) {
        try (HardenedZipReader r = HardenedZipReader.open(zip, VerifiedBundleFiles.LIMITS)) {
            return VerifiedBundleFiles.isVerifiedBundle(r);
        } catch (BundleReadException e) {
            return false;
        }
    }

    public static int run(Path zip, Optional<Path> original, PrintStream out, PrintStream err) {
        return run(zip, original, Optional.empty(), out, err);
    }

    /** As {@link #run(Path, Optional, PrintStream, PrintStream)}, with the vault key pinned when given. */
    public static int run(Path zip, Optional<Path> original, Optional<String> expectedKeyId, PrintStream out, PrintStream err) {
        return run(zip, original, expectedKeyId, TsaTrust.none(), out, err);
    }

    /** As {@link #run(Path, Optional, Optional, PrintStream, PrintStream)}, with the pinned TSA certificates ({@code --trust-tsa}). */
    public static int run(Path zip, Optional<Path> original, Optional<String> expectedKeyId, TsaTrust tsaTrust, PrintStream out,
            PrintStream err) {
        if (original.isPresent() && !Files.exists(original.get())) {
            err.println("verifier: ORIGINAL_UNREADABLE: there is no file or folder at " + original.get());
            return 3;
        }
        Map<String, byte[]> entries;
        try {
            entries = VerifiedBundleFiles.read(zip);
        } catch (BundleReadException e) {
            if (!readableAsZip(e)) {
                err.println("verifier: " + e.code() + ": " + e.getMessage());
                return 3;
            }
            SealBundleReport refused = refused(e, zip);
            out.print(refused.text());
            out.flush();
            return refused.exitCode();
        }
        if (!VerifiedBundleVerifier.isVerifiedBundle(entries)) {
            err.println("verifier: BUNDLE_KIND_UNKNOWN: the ZIP is not a VerifiedBundle");
            return 3;
        }
        SealBundleReport report = VerifiedBundleVerifier.verify(entries, original, expectedKeyId, tsaTrust);
        out.print(report.text());
        out.flush();
        return report.exitCode();
    }

    /** False when the input is no ZIP at all or cannot be read (exit 3); a ZIP the reader refuses is a FAIL with its code. */
    public static boolean readableAsZip(BundleReadException e) {
        return e.code() != ZipError.BUNDLE_NOT_ZIP && e.code() != ZipError.BUNDLE_UNREADABLE;
    }

    /**
     * A VerifiedBundle whose ZIP the hardened reader refuses while reading its entries (a CRC-32,
     * a bomb): FAIL naming the entry, as the evidence-bundle verifier reports the same codes.
     */
    public static SealBundleReport refused(BundleReadException e, Path zip) {
        return new SealBundleReport(List.of("bundle: FAIL (the ZIP is refused)"),
                List.of(new BundleFinding(e.code().name(), e.entry().orElse(zip.getFileName().toString()), e.getMessage())), List.of());
    }
}
