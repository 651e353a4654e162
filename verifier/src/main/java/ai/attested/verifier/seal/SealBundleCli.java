package ai.attested.verifier.seal;

import ai.attested.bundle.seal.tsa.TsaTrust;
import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.HardenedZipReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
            err.println("verifier: " + e.code() + ": " + e.getMessage());
            return 3;
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
}
