package ai.attested.app.cli;

import ai.attested.app.sentinel.Timestamps;
import ai.attested.app.sentinel.golden.GoldenRun;
import ai.attested.app.sentinel.golden.GoldenRunOptions;
import ai.attested.app.sentinel.golden.GoldenRunResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code svault golden-run}: the acceptance test of seed 004 §3 end to end, verified offline. */
@Command(name = "golden-run", mixinStandardHelpOptions = true,
        description = {"Mint a policy over a demo folder, run a real subject under the sentinel, inject drift,",
                "enforce, export DIR/bundle.zip (with verifier/verifier.jar and README.txt) and verify it offline."})
public final class GoldenRunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (new, empty, or a previous golden run).")
    Path out;

    @Option(names = "--drift-action", defaultValue = "KILL", description = "KILL, QUARANTINE or CONTINUE (default ${DEFAULT-VALUE}).")
    String driftAction;

    @Option(names = "--ticks", defaultValue = "3", description = "Clean ticks (MEASUREMENT_OK) before the drift (default ${DEFAULT-VALUE}).")
    int ticks;

    @Option(names = "--fixed-clock", paramLabel = "ISO", description = "Simulated clock from this instant: no waiting; with --test-key, byte-identical bundles.")
    String fixedClock;

    @Option(names = "--subject", paramLabel = "DIR", description = "Copy this folder as the subject instead of the demo files.")
    Path subject;

    @Option(names = "--interval-ms", defaultValue = "250", description = "Policy interval, at least 250 (default ${DEFAULT-VALUE}).")
    long intervalMs;

    @Mixin
    KeyOptions keys;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        GoldenRunOptions options = new GoldenRunOptions(out, PolicyCommand.Create.action(driftAction), ticks,
                Optional.ofNullable(fixedClock).map(t -> Timestamps.parse(t, "FIXED_CLOCK_INVALID")), keys.choice(),
                Optional.ofNullable(subject), intervalMs);
        w.println("golden run -> " + out.toAbsolutePath());
        GoldenRun run = new GoldenRun(options, new ReceiptPrinter(w, false), System.getenv());
        Thread hook = new Thread(run::cancel, "svault-golden-run-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        GoldenRunResult result = run.run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C arrived: the run has exported what it had
        }
        w.println();
        w.println("verify " + result.bundle() + " (offline, in-process; the same verifier is verifier/verifier.jar in the bundle):");
        w.print(result.report().toText());
        w.println();
        w.println("Check it yourself:  unzip -o " + result.bundle() + " 'verifier/*' -d " + out.resolve("bundle-verifier")
                + " && java -jar " + out.resolve("bundle-verifier/verifier/verifier.jar") + " " + result.bundle());
        w.println("Tamper test: see README.txt inside the bundle.");
        w.flush();
        return result.report().exitCode();
    }
}
