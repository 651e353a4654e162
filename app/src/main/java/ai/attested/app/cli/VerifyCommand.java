package ai.attested.app.cli;

import ai.attested.app.AppException;
import ai.attested.app.seal.verify.SealEvidenceVerifier;
import ai.attested.bundle.seal.tsa.TsaTrust;
import ai.attested.verifier.cli.VerifierMain;
import ai.attested.verifier.seal.SealBundleCli;
import ai.attested.verifier.seal.SealBundleReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code svault verify INPUT [--json] [--file ORIGINAL] [--expect-key KEYID] [--trust-tsa SHA256]...}, offline, dispatching on content: a seal
 * card PNG (its QR code) or a VerifiedBundle (the verifier's checks plus each card's QR code) go to
 * {@link SealEvidenceVerifier}; anything else runs exactly what {@code java -jar verifier.jar}
 * runs (an MVP-LOCAL evidence bundle), with the same output and exit codes.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify evidence offline: an MVP-LOCAL evidence bundle, a VerifiedBundle.zip or a seal card PNG.",
            "Exit codes: 0 PASS, 1 FAIL, 2 PASS_WITH_CAVEATS, 3 ERROR."})
public final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle ZIP.")
    Path bundle;

    @Option(names = "--json", description = "Print the report as JSON (with report_hash).")
    boolean json;

    @Option(names = "--file", paramLabel = "ORIGINAL", description = "VerifiedBundle or card only: the original file or folder to compare.")
    Path original;

    @Option(names = "--expect-key", paramLabel = "KEYID",
            description = "Pin the signer: FAIL unless the bundle is signed by this key id (16 hex, any case, or grouped as a seal card prints it: \"0123 4567 89ab cdef\"; see svault vault info).")
    String expectKey;

    @Option(names = "--trust-tsa", paramLabel = "SHA256",
            description = "VerifiedBundle only, repeatable: trust the time-stamp authority whose signing certificate (DER) has this SHA-256"
                    + " (e.g. openssl x509 -in tsa.crt -noout -fingerprint -sha256). A token under another certificate is TSA_CERT_NOT_TRUSTED.")
    List<String> trustTsa = new ArrayList<>();

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        expectKey = ExpectKey.normalise(expectKey);
        TsaTrust tsaTrust;
        try {
            tsaTrust = TsaTrust.pinned(trustTsa);
        } catch (IllegalArgumentException e) {
            throw new AppException("TRUST_TSA_INVALID", "--trust-tsa: " + e.getMessage() + ".");
        }
        boolean png = SealEvidenceVerifier.isPng(bundle);
        if (png || SealBundleCli.handles(bundle)) {
            if (json) {
                throw new AppException("JSON_UNAVAILABLE", "--json is available for MVP-LOCAL evidence bundles only.");
            }
            if (png && expectKey != null) {
                throw new AppException("EXPECT_KEY_UNSUPPORTED",
                        "--expect-key applies to bundles; a card's key id is printed in its report, compare it yourself.");
            }
            if (png && !tsaTrust.isEmpty()) {
                throw new AppException("TRUST_TSA_UNSUPPORTED",
                        "--trust-tsa applies to a VerifiedBundle; a card's QR code carries no time-stamp token.");
            }
            SealBundleReport r = png ? SealEvidenceVerifier.verifyCard(bundle, Optional.ofNullable(original))
                    : SealEvidenceVerifier.verifyBundle(bundle, Optional.ofNullable(original), Optional.ofNullable(expectKey), tsaTrust);
            out.print(r.text());
            out.flush();
            return r.exitCode();
        }
        List<String> args = new ArrayList<>();
        args.add(bundle.toString());
        if (json) {
            args.add("--json");
        }
        if (expectKey != null) {
            args.add("--expect-key");
            args.add(expectKey);
        }
        for (String pin : tsaTrust.pins()) {
            args.add("--trust-tsa");
            args.add(pin);
        }
        if (original != null) {
            args.add("--file");
            args.add(original.toString());
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return VerifierMain.run(args.toArray(new String[0]), out, err);
    }
}
