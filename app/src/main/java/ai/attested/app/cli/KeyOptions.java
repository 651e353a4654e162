package ai.attested.app.cli;

import ai.attested.app.sentinel.policy.SigningKeys;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The key options shared by the policy, sentinel and golden-run commands. */
final class KeyOptions {
    @Option(names = "--test-key", description = "Sign with the public test key TV-SIG-001 (demos and tests only).")
    boolean testKey;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "Encrypted Ed25519 key file; passphrase from SVAULT_PASSPHRASE or --passphrase-file.")
    Path keyFile;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "File holding the key file's passphrase.")
    Path passphraseFile;

    SigningKeys.Choice choice() {
        return new SigningKeys.Choice(testKey, Optional.ofNullable(keyFile), Optional.ofNullable(passphraseFile));
    }
}
