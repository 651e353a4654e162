package ai.attested.app.cli;

import ai.attested.app.AppException;
import ai.attested.app.operator.OperatorKeyFile;
import ai.attested.app.seal.export.SealExporter;
import ai.attested.app.vault.Vault;
import ai.attested.app.vault.VaultInfo;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code svault export SEQ... --out VerifiedBundle.zip}: a bundle that verifies offline against the originals. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export seals as VerifiedBundle.zip: seal JSON, card, chain slice, checkpoint proof, offline verifier, README.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VaultOptions vault;

    @Parameters(paramLabel = "SEQ", arity = "1..*", description = "Seal numbers to export.")
    List<Long> seqs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the bundle.")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter pw = spec.commandLine().getOut();
        try (Vault v = vault.openForReading()) {
            Ed25519PrivateKey key = operatorKey(v.info());
            byte[] zip = SealExporter.export(v, seqs, key, Clock.systemUTC().instant());
            Path abs = out.toAbsolutePath();
            Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
            Files.write(tmp, zip);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            pw.println("exported " + seqs.size() + " seal" + (seqs.size() == 1 ? "" : "s") + " to " + out + " (" + zip.length
                    + " bytes, sha256 " + Sha256.hex(zip) + ")");
            pw.println("verify: java -jar verifier.jar " + out.getFileName() + " --file ORIGINAL   (or svault verify " + out.getFileName() + ")");
        }
        return ExitCodes.PASS;
    }

    private Ed25519PrivateKey operatorKey(VaultInfo info) {
        Ed25519PrivateKey key = info.testKey() ? TestKeys.tvSig001()
                : OperatorKeyFile.unlock(vault.location().keyFile(), vault.unlocker().passphrase("sign the export of vault "
                        + info.vaultId().formatted()));
        if (!key.publicKey().equals(info.publicKey())) {
            throw new AppException("KEY_MISMATCH", "the operator key file does not belong to vault " + info.vaultId().formatted());
        }
        return key;
    }
}
