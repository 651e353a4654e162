package ai.attested.app.cli;

import ai.attested.verifier.cli.VerifierMain;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code svault verify BUNDLE [--json] [--file ORIGINAL]}: the same verification, output and exit
 * codes as {@code java -jar verifier.jar} (it runs the same code), offline.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify an evidence bundle offline (MVP-LOCAL bundle or VerifiedBundle).",
            "Exit codes: 0 PASS, 1 FAIL, 2 PASS_WITH_CAVEATS, 3 ERROR."})
public final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle ZIP.")
    Path bundle;

    @Option(names = "--json", description = "Print the report as JSON (with report_hash).")
    boolean json;

    @Option(names = "--file", paramLabel = "ORIGINAL", description = "VerifiedBundle only: the original file or folder to compare.")
    Path original;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        args.add(bundle.toString());
        if (json) {
            args.add("--json");
        }
        if (original != null) {
            args.add("--file");
            args.add(original.toString());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return VerifierMain.run(args.toArray(new String[0]), out, err);
    }
}
