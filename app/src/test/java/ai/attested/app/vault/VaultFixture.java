package ai.attested.app.vault;

import ai.attested.crypto.keyfile.ScryptParams;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Creates real vaults (H2 file, JSONL, key) in a temporary folder for tests. */
final class VaultFixture {

    static final SealCodec CODEC = new BundleSealCodec();
    static final char[] PASS = "correct horse battery staple".toCharArray();

    private VaultFixture() {}

    /** A vault with the test key (no scrypt cost) holding {@code n} text seals; closed. */
    static VaultLocation testKeyVault(Path dir, int n) {
        VaultLocation loc = new VaultLocation(dir);
        try (Vault v = Vault.create(loc, VaultSetup.withTestKey("alice"), CODEC)) {
            appendTexts(v, 1, n);
        }
        return loc;
    }

    static Vault openTestKey(VaultLocation loc) {
        return Vault.open(loc, purpose -> {
            throw new AssertionError("a test-key vault never asks for a passphrase");
        }, CODEC);
    }

    static void appendTexts(Vault v, int from, int to) {
        List<SealMinter> batch = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            batch.add(TestSeals.text("text number " + i));
            if (batch.size() == 500) {
                v.append(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            v.append(batch);
        }
    }

    static VaultSetup passphraseSetup(String username) {
        return VaultSetup.withPassphrase(username, PASS.clone()).withScrypt(ScryptParams.MINIMUM);
    }
}
