package ai.attested.app.seal;

import ai.attested.app.vault.SealMinter;
import ai.attested.app.vault.StoredSeal;
import ai.attested.app.vault.Vault;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sealing: the one path that both {@code svault seal} and the desktop app take. Hashes the subject
 * (with progress and cancel), checks the description against the bad-words list, stores a
 * folder's per-file listing, then has the vault mint (statement, optional RFC 3161 token,
 * signature) and append the seals. Every method that returns seals returns them only once they
 * are durable in both stores of the vault (decision 0060); nothing is reported earlier.
 */
public final class SealService {
    /** Texts sealed together are appended in durable groups of up to this many (one fsync per store per group). */
    public static final int TEXT_GROUP = 64;

    private final SealSettings settings;
    private final SubjectHasher hasher;

    public SealService(SealSettings settings) {
        this.settings = settings;
        this.hasher = new SubjectHasher(settings.limits());
    }

    public SealSettings settings() {
        return settings;
    }

    /** Throws {@code BAD_WORD} (with the word and list) when the description may not be stored. */
    public void checkDescription(String description) {
        settings.badWords().requireClean(description, "description");
    }

    /** Hashes a file, or a folder when {@code path} is a directory; nothing is stored. */
    public HashedSubject hash(Path path, HashProgress progress, CancelToken cancel) {
        return hasher.hash(path, progress, cancel);
    }

    /** Hashes a text as its UTF-8 bytes after checking its length; nothing is stored. */
    public HashedSubject text(String text) {
        return hasher.text(text);
    }

    /** Hashes {@code path} and seals it; a cancel that arrives before the append stores nothing. */
    public StoredSeal sealPath(Vault vault, Path path, String description, HashProgress progress, CancelToken cancel) {
        checkDescription(description);
        HashedSubject subject = hash(path, progress, cancel);
        cancel.check();
        return seal(vault, subject, description);
    }

    public StoredSeal sealText(Vault vault, String text, String description) {
        checkDescription(description);
        return seal(vault, text(text), description);
    }

    public StoredSeal seal(Vault vault, HashedSubject subject, String description) {
        return seal(vault, List.of(subject), description).getFirst();
    }

    /**
     * Seals hashed subjects as one durable group, in order. Folder listings are stored first (a
     * seal never names a listing that is not on disk). Returns when every seal of the group is
     * durable in both stores.
     */
    public List<StoredSeal> seal(Vault vault, List<HashedSubject> subjects, String description) {
        checkDescription(description);
        return subjects.isEmpty() ? List.of() : vault.append(minters(vault, subjects, description));
    }

    /**
     * Seals many subjects in consecutive durable groups of {@value #TEXT_GROUP}; {@code onDurable}
     * receives each group as soon as it is durable in both stores, before any later group is
     * written (the next group's signatures are made meanwhile).
     */
    public void sealAll(Vault vault, List<HashedSubject> subjects, String description, Consumer<List<StoredSeal>> onDurable) {
        sealAll(vault, subjects, description, TEXT_GROUP, onDurable);
    }

    /** {@link #sealAll(Vault, List, String, Consumer)} with another group size (benchmarks compare them). */
    public void sealAll(Vault vault, List<HashedSubject> subjects, String description, int groupSize,
            Consumer<List<StoredSeal>> onDurable) {
        checkDescription(description);
        vault.append(minters(vault, subjects, description), groupSize, onDurable);
    }

    /** One minter per subject; a folder's listing is stored first, so no seal ever names a listing not on disk. */
    private List<SealMinter> minters(Vault vault, List<HashedSubject> subjects, String description) {
        FolderListingStore listings = null;
        List<SealMinter> minters = new ArrayList<>(subjects.size());
        for (HashedSubject subject : subjects) {
            if (subject.folderListing().isPresent()) {
                listings = listings == null ? new FolderListingStore(vault.location().directory()) : listings;
                listings.put(subject.folderListing().get());
            }
            minters.add(new SubjectSealMinter(subject.subject(), description, settings.clock(), settings.stamper(),
                    settings.onTime()));
        }
        return minters;
    }
}
