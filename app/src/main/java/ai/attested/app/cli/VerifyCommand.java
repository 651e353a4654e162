package ai.attested.app.cli;

import ai.attested.app.AppException;
import ai.attested.app.seal.verify.SealEvidenceVerifier;
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
 * {@code svault verify INPUT [--json] [--file ORIGINAL]}, offline, dispatching on content: a seal
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

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean png = SealEvidenceVerifier.isPng(bundle);
        if (png || SealBundleCli.handles(bundle)) {
            if (json) {
                throw new AppException("JSON_UNAVAILABLE", "--json is available for MVP-LOCAL evidence bundles only.");
            }
            SealBundleReport r = png ? SealEvidenceVerifier.verifyCard(bundle, Optional.ofNullable(original))
                    : SealEvidenceVerifier.verifyBundle(bundle, Optional.ofNullable(original));
            out.print(r.text());
            out.flush();
            return r.exitCode();
        }
        List<String> args = new ArrayList<>();
        args.add(bundle.toString());
        if (json) {
            args.add("--json");
        }
        if (original != null) {
            args.add("--file");
            args.add(original.toString());
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return VerifierMain.run(args.toArray(new String[0]), out, err);
    }
}
