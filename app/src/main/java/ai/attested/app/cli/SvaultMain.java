package ai.attested.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code svault} CLI. Each capability adds its subcommand class to the list
 * below (one line each, so parallel work merges cleanly).
 */
@Command(
        name = "svault",
        mixinStandardHelpOptions = true,
        versionProvider = SvaultVersion.class,
        description = "Sovereign Vault: seal files, folders and text; run the sentinel; verify evidence offline.",
        subcommands = {
            CommandLine.HelpCommand.class,
            VaultCommand.class,
            SealCommand.class,
            CardCommand.class,
            ExportCommand.class,
            VerifyCommand.class,
            PolicyCommand.class,
            SentinelCommand.class,
            GoldenRunCommand.class,
        })
public final class SvaultMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI in-process and returns its exit code (tests use this). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new SvaultMain());
        cli.setExecutionExceptionHandler(new CliErrorHandler());
        // Wrong arguments are exit code 3, as in the verifier's contract (0 PASS, 1 FAIL, 2 caveats, 3 error).
        cli.setParameterExceptionHandler((ex, argv) -> {
            ex.getCommandLine().getErr().println("svault: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'svault --help'.");
            return ExitCodes.ERROR;
        });
        return cli.execute(args);
    }
}
