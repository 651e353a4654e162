package ai.attested.app.seal;

import ai.attested.app.AppException;
import ai.attested.bundle.seal.FolderListing;
import ai.attested.bundle.seal.FolderListingCodec;
import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.seal.SealRules;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The per-file listings of folder seals, kept beside the vault as {@code folders/<package_hash>.json}.
 * Content-addressed by the package hash (the folder subject's sha256), so a listing is written,
 * flushed and renamed into place before its seal exists, never needs updating, and can be checked
 * against its name. The listing holds paths, sizes and hashes only, never file contents.
 */
public final class FolderListingStore {
    private final Path directory;

    public FolderListingStore(Path vaultDirectory) {
        this.directory = vaultDirectory.resolve("folders");
    }

    /** Stores {@code listing} durably (idempotent: an existing listing of the same hash is kept). */
    public void put(FolderListing listing) {
        Path target = file(listing.packageHash());
        try {
            Files.createDirectories(directory);
            if (Files.exists(target)) {
                return;
            }
            Path tmp = directory.resolve(listing.packageHash() + ".tmp");
            Files.write(tmp, FolderListingCodec.toJson(listing));
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException ignored) {
                // some file systems cannot sync a directory; the rename is still atomic
            }
        } catch (IOException e) {
            throw new AppException("FOLDER_LISTING_WRITE_FAILED", "cannot store the folder listing in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The listing of the folder whose package hash is {@code packageHash}, checked against that hash. */
    public Optional<FolderListing> get(String packageHash) {
        SealRules.sha256Hex("package hash", packageHash);
        Path f = file(packageHash);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            FolderListing l = FolderListingCodec.fromJson(Files.readAllBytes(f));
            if (!l.packageHash().equals(packageHash)) {
                throw new AppException("FOLDER_LISTING_MISMATCH", f + " holds the listing of another folder (" + l.packageHash() + ")");
            }
            return Optional.of(l);
        } catch (SealFormatException e) {
            throw AppException.passing(f.toString(), e);
        } catch (IOException e) {
            throw new AppException("FOLDER_LISTING_UNREADABLE", "cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private Path file(String packageHash) {
        return directory.resolve(packageHash + ".json");
    }
}
