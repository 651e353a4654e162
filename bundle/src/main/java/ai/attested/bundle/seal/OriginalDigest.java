package ai.attested.bundle.seal;

import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Hashes an original the way a seal of the given kind hashed it, for verifiers: a file's (or a
 * text file's) bytes, or a folder's package hash by the rules of {@link FolderScanner}.
 * Sequential and simple on purpose; the app's sealing path is the fast one.
 */
public record OriginalDigest(String sha256, long sizeBytes, Optional<FolderListing> listing) {

    public static OriginalDigest of(Path original, SubjectKind kind) throws IOException {
        if (kind == SubjectKind.FOLDER) {
            if (!Files.isDirectory(original)) {
                throw new IOException(original + " is not a folder, but the seal is of a folder");
            }
            FolderScanner.Scan scan = FolderScanner.scan(original);
            List<FolderEntry> entries = new ArrayList<>();
            for (FolderScanner.ScannedFile f : scan.files()) {
                try (InputStream in = Files.newInputStream(f.file())) {
                    CountingDigest d = CountingDigest.of(in);
                    entries.add(new FolderEntry(f.path(), d.bytes, d.hex));
                }
            }
            String name = scan.root().getFileName() == null ? "/" : scan.root().getFileName().toString();
            FolderListing listing = FolderListing.of(name, entries, scan.skipped());
            return new OriginalDigest(listing.packageHash(), listing.totalBytes(), Optional.of(listing));
        }
        if (!Files.isRegularFile(original)) {
            throw new IOException(original + " is not a regular file, but the seal is of a " + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        try (InputStream in = Files.newInputStream(original)) {
            CountingDigest d = CountingDigest.of(in);
            return new OriginalDigest(d.hex, d.bytes, Optional.empty());
        }
    }

    /** For a folder whose hash differs: the paths added, removed or changed against the sealed listing. */
    public static List<String> differences(FolderListing sealed, FolderListing now) {
        Map<String, FolderEntry> before = new TreeMap<>();
        sealed.files().forEach(e -> before.put(e.path(), e));
        List<String> out = new ArrayList<>();
        for (FolderEntry e : now.files()) {
            FolderEntry old = before.remove(e.path());
            if (old == null) {
                out.add("added " + e.path());
            } else if (!old.equals(e)) {
                out.add("changed " + e.path());
            }
        }
        before.keySet().forEach(p -> out.add("missing " + p));
        return out;
    }

    private static final class CountingDigest {
        final String hex;
        final long bytes;

        private CountingDigest(String hex, long bytes) {
            this.hex = hex;
            this.bytes = bytes;
        }

        static CountingDigest of(InputStream in) throws IOException {
            Sha256.Hasher h = Sha256.newHasher();
            byte[] buf = new byte[1 << 20];
            long total = 0;
            int n;
            while ((n = in.read(buf)) != -1) {
                h.update(buf, 0, n);
                total += n;
            }
            return new CountingDigest(Hex.encode(h.digest()), total);
        }
    }
}
