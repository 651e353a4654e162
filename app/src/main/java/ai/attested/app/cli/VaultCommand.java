package ai.attested.app.cli;

import ai.attested.app.AppException;
import ai.attested.app.operator.PassphraseSources;
import ai.attested.app.vault.BundleSealCodec;
import ai.attested.app.vault.ChainFinding;
import ai.attested.app.vault.ChainStatus;
import ai.attested.app.vault.Checkpoints;
import ai.attested.app.vault.Vault;
import ai.attested.app.vault.VaultInfo;
import ai.attested.app.vault.VaultSetup;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code svault vault init|verify|checkpoint|info}: create, check and inspect the seal vault. The
 * subcommands inherit {@code --help} and {@code --version} from here (scope INHERIT) and share the
 * vault options and the output through {@link VaultOptions}.
 */
@Command(name = "vault", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        description = "Create, verify and inspect the seal vault.",
        subcommands = {VaultCommand.Init.class, VaultCommand.Verify.class, VaultCommand.Checkpoint.class, VaultCommand.Info.class})
public final class VaultCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static void printIdentity(PrintWriter out, VaultInfo info) {
        out.println("vault id: " + info.vaultId().formatted());
        out.println("operator: " + info.username());
        out.println("key id: " + info.keyId());
        if (info.testKey()) {
            out.println("WARNING: TEST KEY (TV-SIG-001, published): seals of this vault prove nothing. Tests and demos only.");
        }
    }

    @Command(name = "init",
            description = "Create a vault: a new Vault ID, the operator's username and an encrypted Ed25519 key.")
    static final class Init implements Callable<Integer> {
        @Mixin
        VaultOptions vault;

        @Option(names = "--username", required = true, paramLabel = "NAME", description = "The operator's username (3-32 characters).")
        String username;

        @Option(names = "--test-key", description = "Use the published TV-SIG-001 test key instead of a new key (tests and demos only).")
        boolean testKey;

        @Override
        public Integer call() {
            VaultSetup setup = testKey
                    ? VaultSetup.withTestKey(username)
                    : VaultSetup.withPassphrase(username, PassphraseSources.newPassphrase(vault.passphraseFile, System.getenv(), System.console()));
            try (Vault v = Vault.create(vault.location(), setup, new BundleSealCodec())) {
                PrintWriter out = vault.out();
                out.println("created vault at " + v.location());
                printIdentity(out, v.info());
            }
            return ExitCodes.PASS;
        }
    }

    @Command(name = "verify",
            description = {"Verify the seal chain in both stores; completes what a crash interrupted and reports any tampering.",
                "Prints the operator key id; --expect-key pins it; a passphrase ($SVAULT_PASSPHRASE or --passphrase-file) proves"
                    + " that operator.key holds that key.",
                "Ends with 'chain: OK (N seals)' or 'chain: FAIL (seal #SEQ, CODE)'.",
                "Exit codes: 0 PASS, 1 FAIL, 3 ERROR."})
    static final class Verify implements Callable<Integer> {
        @Mixin
        VaultOptions vault;

        @Option(names = "--full", description = "Check every seal's signature, ignoring the signed verified-state record.")
        boolean full;

        @Option(names = "--expect-key", paramLabel = "KEYID",
                description = "Pin the operator key: FAIL (VAULT_KEY_UNEXPECTED) unless vault.json's key id is KEYID"
                        + " (16 hex, any case, or grouped as a seal card prints it: \"0123 4567 89ab cdef\").")
        String expectKey;

        @Override
        public Integer call() {
            expectKey = ExpectKey.normalise(expectKey);
            PrintWriter out = vault.out();
            try (Vault v = vault.openForReading()) {
                // Never prompt: this command runs in scripts; without a passphrase the key file is reported as not checked.
                boolean keyOk = new OperatorKeyAnchor(out).check(v.location(), v.info(), Optional.ofNullable(expectKey),
                        vault.passphraseAvailable() ? Optional.of(vault.unlocker()) : Optional.empty());
                ChainStatus st = full ? v.verify(true) : v.chainStatus();
                for (String r : st.repairs()) {
                    out.println("repaired: " + r);
                }
                for (ChainFinding f : st.findings()) {
                    out.println("finding: seal #" + f.seq() + " " + f.code() + ": " + f.message());
                }
                if (st.totalFindings() > st.findings().size()) {
                    out.println("finding: ... and " + (st.totalFindings() - st.findings().size()) + " more");
                }
                out.println(st.summaryLine());
                return st.ok() && keyOk ? ExitCodes.PASS : ExitCodes.FAIL;
            }
        }
    }

    @Command(name = "checkpoint",
            description = "Sign a Merkle checkpoint (C2SP tlog-checkpoint) over all seals now.")
    static final class Checkpoint implements Callable<Integer> {
        @Mixin
        VaultOptions vault;

        @Override
        public Integer call() {
            try (Vault v = vault.openForWriting()) {
                Checkpoints.Stored cp = v.checkpoint();
                PrintWriter out = vault.out();
                out.println("checkpoint: " + cp.treeSize() + " seals, root " + cp.rootHash());
                out.print(cp.signedNote());
                out.flush();
            }
            return ExitCodes.PASS;
        }
    }

    @Command(name = "info", description = "Show the vault's identity, size and latest checkpoint.")
    static final class Info implements Callable<Integer> {
        @Mixin
        VaultOptions vault;

        @Override
        public Integer call() {
            try (Vault v = vault.openForReading()) {
                PrintWriter out = vault.out();
                out.println("location: " + v.location());
                printIdentity(out, v.info());
                out.println("public key: " + v.info().publicKey().base64());
                out.println("created: " + v.info().createdAt());
                out.println("seals: " + v.sealCount());
                out.println("latest checkpoint: " + v.latestCheckpoint().map(c -> c.treeSize() + " seals, root " + c.rootHash())
                        .orElse("none"));
                out.println("checkpoint key: " + v.checkpointVerifierKey());
                out.println(v.chainStatus().summaryLine());
                return v.chainStatus().ok() ? ExitCodes.PASS : ExitCodes.FAIL;
            }
        }
    }
}
