package ai.attested.verifier.cli;

import ai.attested.bundle.seal.tsa.TsaTrust;
import ai.attested.crypto.sig.KeyId;
import ai.attested.verifier.Finding;
import ai.attested.verifier.Verdict;
import ai.attested.verifier.Verification;
import ai.attested.verifier.VerificationReport;
import ai.attested.verifier.VerifierVersion;
import ai.attested.verifier.seal.SealBundleCli;
import ai.attested.verifier.seal.VerifiedBundleFiles;
import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.HardenedZipReader;
import ai.attested.bundle.zip.ZipLimits;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar verifier.jar BUNDLE [--json] [--expect-key KEYID] [--file ORIGINAL] [--trust-tsa SHA256]...}: verifies an evidence bundle
 * offline and prints the report. The bundle kind is recognised by content: a VerifiedBundle (seal
 * export) goes to {@link SealBundleCli}, anything else to the MVP-LOCAL verifier. Exit codes:
 * 0 PASS, 1 FAIL, 2 PASS_WITH_CAVEATS, 3 ERROR (unreadable input, wrong arguments). No network.
 */
public final class VerifierMain {
    static final String USAGE = "usage: java -jar verifier.jar BUNDLE.zip [--json] [--expect-key KEYID] [--file ORIGINAL] [--trust-tsa SHA256]... (--file, --trust-tsa: VerifiedBundle only)";

    private VerifierMain() {}

    public static void main(String[] args) {
        System.exit(run(args, utf8(System.out), utf8(System.err)));
    }

    /** Runs the verifier in-process; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        String bundle = null;
        String original = null;
        String expectKey = null;
        List<String> tsaPins = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--file") && i + 1 < args.length && original == null) {
                original = args[++i];
            } else if (a.equals("--expect-key") && i + 1 < args.length && expectKey == null) {
                // The bundle proves that one key signed it, not whose key that is: the auditor pins it.
                try {
                    expectKey = KeyId.parse(args[++i]);
                } catch (IllegalArgumentException e) {
                    err.println("verifier: EXPECT_KEY_INVALID: --expect-key takes a key id: " + e.getMessage());
                    return Verdict.ERROR.exitCode();
                }
            } else if (a.equals("--trust-tsa") && i + 1 < args.length) {
                // Offline, nothing anchors a TSA certificate; the auditor pins the ones it trusts (decision 0100).
                String pin = args[++i];
                try {
                    tsaPins.add(TsaTrust.normalize(pin));
                } catch (IllegalArgumentException e) {
                    err.println("verifier: TRUST_TSA_INVALID: " + e.getMessage());
                    return Verdict.ERROR.exitCode();
                }
            } else if (a.equals("--help") || a.equals("-h")) {
                out.println(USAGE);
                return Verdict.PASS.exitCode();
            } else if (a.equals("--version")) {
                out.println(VerifierVersion.NAME + " " + VerifierVersion.version());
                return Verdict.PASS.exitCode();
            } else if (a.startsWith("-") || bundle != null) {
                err.println("verifier: unexpected argument: " + a);
                err.println(USAGE);
                return Verdict.ERROR.exitCode();
            } else {
                bundle = a;
            }
        }
        if (bundle == null) {
            err.println(USAGE);
            return Verdict.ERROR.exitCode();
        }
        Path path;
        try {
            path = Paths.get(bundle);
        } catch (RuntimeException e) {
            err.println("verifier: BUNDLE_UNREADABLE: not a valid file path");
            return Verdict.ERROR.exitCode();
        }
        VerificationReport report;
        // One open serves the kind check and the MVP-LOCAL verification: a 20,000-entry archive is
        // validated once, not twice. The VerifiedBundle limits are stricter than the defaults, so an
        // archive the defaults refuse is no VerifiedBundle either.
        try (HardenedZipReader reader = HardenedZipReader.open(path, ZipLimits.DEFAULTS)) {
            if (VerifiedBundleFiles.isVerifiedBundle(reader) && SealBundleCli.handles(path)) {
                reader.close();
                return runVerifiedBundle(path, json, original, expectKey, tsaPins, out, err);
            }
            Integer refused = refuseVerifiedBundleOptions(original, tsaPins, err);
            if (refused != null) {
                return refused;
            }
            report = Verification.verify(reader, expectKey);
        } catch (BundleReadException e) {
            Integer refused = refuseVerifiedBundleOptions(original, tsaPins, err);
            if (refused != null) {
                return refused;
            }
            report = Verification.readFailure(e);
        } catch (OutOfMemoryError e) {
            // Bounded by design (docs/decisions/0033); a heap below what the bundle's size needs still ends cleanly.
            report = VerificationReport.error(new Finding(1, "VERIFIER_OUT_OF_MEMORY", null,
                    "The bundle needs more memory than this JVM has; run java with a larger -Xmx."));
        }
        if (json) {
            byte[] bytes = report.toJsonBytes();
            out.write(bytes, 0, bytes.length);
        } else {
            out.print(report.toText());
        }
        out.flush();
        if (report.verdict() == Verdict.ERROR) {
            report.findings().forEach(f -> err.println("verifier: " + f.code() + ": " + f.message()));
        }
        return report.exitCode();
    }

    private static int runVerifiedBundle(Path path, boolean json, String original, String expectKey, List<String> tsaPins,
            PrintStream out, PrintStream err) {
        if (json) {
            err.println("verifier: JSON_UNAVAILABLE: --json is not available for a VerifiedBundle; the text report is.");
            return Verdict.ERROR.exitCode();
        }
        return SealBundleCli.run(path, Optional.ofNullable(original).map(Paths::get), Optional.ofNullable(expectKey),
                TsaTrust.pinned(tsaPins), out, err);
    }

    /** The exit code when an option that only a VerifiedBundle takes was given for another bundle; null otherwise. */
    private static Integer refuseVerifiedBundleOptions(String original, List<String> tsaPins, PrintStream err) {
        if (original != null) {
            err.println("verifier: --file applies to a VerifiedBundle (seal export) only.");
            return Verdict.ERROR.exitCode();
        }
        if (!tsaPins.isEmpty()) {
            err.println("verifier: --trust-tsa applies to a VerifiedBundle (seal export) only; evidence bundles carry no time-stamp tokens.");
            return Verdict.ERROR.exitCode();
        }
        return null;
    }

    private static PrintStream utf8(PrintStream s) {
        try {
            return new PrintStream(s, true, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            return s;
        }
    }
}
