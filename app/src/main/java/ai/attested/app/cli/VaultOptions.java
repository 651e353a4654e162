package ai.attested.app.cli;

import ai.attested.app.operator.KeyUnlocker;
import ai.attested.app.operator.PassphraseSources;
import ai.attested.app.vault.BundleSealCodec;
import ai.attested.app.vault.Vault;
import ai.attested.app.vault.VaultLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every vault-touching command shares: where the vault is and how to get the passphrase. */
public final class VaultOptions {

    @Option(names = "--vault", paramLabel = "DIR",
            description = "The vault folder (default: $SVAULT_VAULT_DIR, else the user data folder).")
    Path vaultDir;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the key passphrase from the first line of FILE (default: $SVAULT_PASSPHRASE, else a prompt).")
    Path passphraseFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The standard output of the command these options belong to. */
    public PrintWriter out() {
        return command.commandLine().getOut();
    }

    public VaultLocation location() {
        return VaultLocation.resolve(vaultDir, System.getenv());
    }

    public KeyUnlocker unlocker() {
        return PassphraseSources.cli(passphraseFile, System.getenv(), System.console());
    }

    /** True when a passphrase can be had without a prompt: {@code --passphrase-file} or {@code SVAULT_PASSPHRASE}. */
    public boolean passphraseAvailable() {
        String env = System.getenv(PassphraseSources.ENV_PASSPHRASE);
        return passphraseFile != null || (env != null && !env.isEmpty());
    }

    /** Opens the vault with its key, for sealing and checkpoints. */
    public Vault openForWriting() {
        return Vault.open(location(), unlocker(), new BundleSealCodec());
    }

    /** Opens the vault without its key, for reading and verifying. */
    public Vault openForReading() {
        return Vault.openReadOnly(location(), new BundleSealCodec());
    }
}
