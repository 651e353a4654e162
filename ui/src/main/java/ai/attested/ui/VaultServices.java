package ai.attested.ui;

import ai.attested.app.operator.BadWordsFilter;
import ai.attested.app.seal.CancelToken;
import ai.attested.app.seal.HashProgress;
import ai.attested.app.seal.HashedSubject;
import ai.attested.app.seal.SealLimits;
import ai.attested.app.seal.SubjectHasher;
import ai.attested.app.vault.BundleSealCodec;
import ai.attested.app.vault.SealMinter;
import ai.attested.app.vault.StoredSeal;
import ai.attested.app.vault.Vault;
import ai.attested.app.vault.VaultLocation;
import ai.attested.app.vault.VaultSetup;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SealCodec;
import ai.attested.bundle.seal.SealDraft;
import ai.attested.bundle.seal.SealTimes;
import ai.attested.bundle.seal.TimeSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/** The `app` services the desktop app uses, built once per session over one vault location. */
final class VaultServices {
    private final VaultLocation location;
    private final SealLimits limits = SealLimits.defaults();
    private final SubjectHasher hasher = new SubjectHasher(limits);
    private final BadWordsFilter badWords = BadWordsFilter.english();
    private final Clock clock = Clock.systemUTC();

    VaultServices(VaultLocation location) {
        this.location = location;
    }

    VaultLocation location() {
        return location;
    }

    SealLimits limits() {
        return limits;
    }

    BadWordsFilter badWords() {
        return badWords;
    }

    /** An open vault and the operator's key, unlocked when first needed. */
    record OpenVault(Vault vault, OperatorKey key) {}

    /** {@code svault vault init}: a new Vault ID, the operator's encrypted key, an empty chain. */
    OpenVault create(String username, char[] passphrase) {
        char[] copy = passphrase.clone(); // the key file writer wipes the array it is given
        try {
            Vault vault = Vault.create(location, VaultSetup.withPassphrase(username, passphrase), new BundleSealCodec());
            return new OpenVault(vault, new OperatorKey(vault, copy));
        } finally {
            java.util.Arrays.fill(copy, '\0');
        }
    }

    /** Opens the vault (unlocks the key, verifies the chain, completes crash leftovers). */
    OpenVault open(char[] passphrase) {
        char[] copy = passphrase.clone();
        try {
            Vault vault = Vault.open(location, purpose -> passphrase.clone(), new BundleSealCodec());
            return new OpenVault(vault, new OperatorKey(vault, copy));
        } finally {
            java.util.Arrays.fill(copy, '\0');
        }
    }

    /** Hashes a file or folder ({@code svault seal PATH}) with progress and cancel. */
    HashedSubject hash(Path path, HashProgress progress, CancelToken cancel) {
        return hasher.hash(path, progress, cancel);
    }

    /** Hashes a text as its UTF-8 bytes ({@code svault seal --text}). */
    HashedSubject hashText(String text) {
        return hasher.text(text);
    }

    /** Signs the subject into the next chain position and appends it, durable in both stores. */
    StoredSeal seal(Vault vault, HashedSubject subject, String description) {
        badWords.requireClean(description, "description");
        SealMinter minter = ctx -> {
            SealDraft draft = new SealDraft(ctx.vaultId().formatted(), ctx.seq(), ctx.prevSealHash(), subject.subject(),
                    description, ctx.operator(), SealTimes.format(clock.instant()));
            Seal seal = draft.sign(ctx.signer(), TimeSource.device());
            return new String(SealCodec.toCanonicalJson(seal), StandardCharsets.UTF_8);
        };
        return vault.append(minter);
    }

    /** The seal a stored row holds (the canonical JSON is the authority). */
    static Seal parse(StoredSeal stored) {
        try {
            return SealCodec.fromJson(stored.json().getBytes(StandardCharsets.UTF_8));
        } catch (ai.attested.bundle.seal.SealFormatException e) {
            throw new ai.attested.app.AppException(e.code(), e.getMessage(), e);
        }
    }
}
