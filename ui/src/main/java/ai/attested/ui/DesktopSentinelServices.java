package ai.attested.ui;

import ai.attested.app.AppException;
import ai.attested.app.sentinel.Sentinel;
import ai.attested.app.sentinel.SentinelConfig;
import ai.attested.app.sentinel.SentinelListener;
import ai.attested.app.sentinel.golden.GoldenRun;
import ai.attested.app.sentinel.golden.GoldenRunOptions;
import ai.attested.app.sentinel.policy.MintRequest;
import ai.attested.app.sentinel.policy.PolicyMinter;
import ai.attested.app.sentinel.policy.SigningKeys;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.ui.sentinel.SentinelServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sentinel services over app.sentinel: policies and receipts are signed with the operator's
 * key (the CLI's --key-file), the golden run uses its own fresh key as {@code svault golden-run}
 * does by default; every run keeps its files in a folder under the vault's sentinel/ folder.
 */
final class DesktopSentinelServices implements SentinelServices {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS");
    private final Supplier<Ed25519PrivateKey> key;
    private final Path root;

    DesktopSentinelServices(Supplier<Ed25519PrivateKey> key, Path root) {
        this.key = key;
        this.root = root;
    }

    private SigningKeys.Resolved operatorKey() {
        Ed25519PrivateKey k = key.get();
        return new SigningKeys.Resolved(k, "operator key " + k.publicKey().keyId(), false);
    }

    @Override
    public PolicyMinter.Minted mint(MintRequest request) {
        return PolicyMinter.mint(request, key.get());
    }

    @Override
    public Sentinel open(Path policyFile, List<String> command, Path runDir, Path bundleOut, SentinelListener listener) {
        return Sentinel.open(SentinelConfig.of(policyFile, bundleOut, runDir, operatorKey()).withSubject(command), listener);
    }

    @Override
    public GoldenRun goldenRun(Path outDir, SentinelListener listener) {
        return new GoldenRun(GoldenRunOptions.defaults(outDir), listener, System.getenv());
    }

    @Override
    public synchronized Path newRunFolder(String kind) {
        Path folder = root.resolve(kind + "-" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP));
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new AppException("SENTINEL_DIR_UNWRITABLE", "Cannot create the run folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
