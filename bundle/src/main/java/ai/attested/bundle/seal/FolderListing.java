package ai.attested.bundle.seal;

import java.util.List;

/**
 * The per-file list kept beside a folder seal (docs/FORMATS.md §3.3): every hashed file in
 * canonical order, and every path left out with the reason. It lets an auditor see exactly
 * which bytes the package hash covers and find which file changed.
 */
public record FolderListing(String name, String packageHash, long totalBytes, List<FolderEntry> files, List<Skipped> skipped) {
    public static final String FORMAT = "svault-folder-list/1";

    /** Why a path below the folder is not covered by the package hash. */
    public enum SkipReason {
        /** Seed 003's exclusion list ({@link PackageHash#isExcluded}). */
        EXCLUDED,
        /** A symbolic link: never followed, inside or out of the folder. */
        SYMLINK,
        /** Neither a regular file nor a directory (FIFO, socket, device). */
        NOT_REGULAR
    }

    /** A path below the folder that is not hashed. Excluded directories appear once, not their contents. */
    public record Skipped(String path, SkipReason reason) {
        public Skipped {
            PackageHash.checkPath(path);
            SealRules.require("reason", reason);
        }
    }

    public FolderListing {
        SealRules.text("name", name, 1, SealRules.MAX_NAME_CHARS);
        files = PackageHash.sorted(files);
        skipped = List.copyOf(skipped);
        SealRules.sha256Hex("package_hash", packageHash);
        if (!PackageHash.compute(files).equals(packageHash)) {
            throw new IllegalArgumentException("package_hash is not the hash of the listed files");
        }
        long sum = 0;
        for (FolderEntry e : files) {
            sum += e.size();
            SealRules.nonNegative("total_bytes", sum);
        }
        if (sum != totalBytes) {
            throw new IllegalArgumentException("total_bytes " + totalBytes + " is not the sum of the file sizes " + sum);
        }
    }

    /** Builds the listing of {@code files}, computing hash and total. */
    public static FolderListing of(String name, List<FolderEntry> files, List<Skipped> skipped) {
        long sum = 0;
        for (FolderEntry e : files) {
            sum += e.size();
        }
        return new FolderListing(name, PackageHash.compute(files), sum, files, skipped);
    }

    public long fileCount() {
        return files.size();
    }

    /** The folder subject this listing seals. */
    public SealSubject subject() {
        return SealSubject.folder(name, totalBytes, packageHash, files.size());
    }
}
