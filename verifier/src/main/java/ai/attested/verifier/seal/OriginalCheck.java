package ai.attested.verifier.seal;

import ai.attested.bundle.seal.FolderListing;
import ai.attested.bundle.seal.FolderListingCodec;
import ai.attested.bundle.seal.OriginalDigest;
import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SubjectKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@code --file ORIGINAL}: the original (file, text file or folder) is the subject of an exported seal. */
final class OriginalCheck {
    private OriginalCheck() {
    }

    /**
     * A symbolic link (or FIFO, or excluded file) added to or removed from a sealed folder leaves
     * its package hash unchanged; the auditor is told rather than shown a bare OK.
     */
    private static void checkSkipped(VerifiedBundleVerifier.Context c, Seal s, FolderListing now, Path p) {
        byte[] raw = c.entries.get(VerifiedBundleLayout.sealDir(s.seq()) + VerifiedBundleLayout.FOLDER_FILES);
        FolderListing sealed;
        try {
            sealed = raw == null ? null : FolderListingCodec.fromJson(raw);
        } catch (SealFormatException e) {
            sealed = null; // already reported by the seal checks
        }
        if (sealed == null) {
            return;
        }
        Set<FolderListing.Skipped> before = new TreeSet<>(SKIPPED_ORDER);
        before.addAll(sealed.skipped());
        Set<FolderListing.Skipped> after = new TreeSet<>(SKIPPED_ORDER);
        after.addAll(now.skipped());
        if (before.equals(after)) {
            return;
        }
        List<String> diff = new ArrayList<>();
        after.stream().filter(x -> !before.contains(x)).forEach(x -> diff.add("now " + x.reason() + " " + x.path()));
        before.stream().filter(x -> !after.contains(x)).forEach(x -> diff.add("sealed " + x.reason() + " " + x.path() + " is gone"));
        c.caveat(SealBundleCodes.FOLDER_SKIPPED_CHANGED, p.toString(), "the hashed files are as sealed, but paths the seal does not cover"
                + " changed: " + String.join(", ", diff));
    }

    private static final Comparator<FolderListing.Skipped> SKIPPED_ORDER =
            Comparator.comparing(FolderListing.Skipped::path).thenComparing(FolderListing.Skipped::reason);

    static void check(VerifiedBundleVerifier.Context c, Map<Long, Seal> seals, Optional<Path> original) {
        if (original.isEmpty()) {
            c.lines.add("original: NOT CHECKED (no --file)");
            return;
        }
        Path p = original.get();
        Map<SubjectKind, OriginalDigest> digests = new EnumMap<>(SubjectKind.class);
        Seal nearest = null;
        for (Seal s : seals.values()) {
            SubjectKind kind = s.subject().kind() == SubjectKind.TEXT ? SubjectKind.FILE : s.subject().kind();
            OriginalDigest d = digests.get(kind);
            if (d == null) {
                try {
                    d = OriginalDigest.of(p, kind);
                    digests.put(kind, d);
                } catch (IOException e) {
                    continue;
                }
            }
            if (d.sha256().equals(s.subject().sha256())) {
                c.lines.add("original: OK (seal #" + s.seq() + ", " + s.subject().kind() + " " + s.subject().name() + ", sha256 "
                        + d.sha256() + ")");
                if (d.listing().isPresent()) {
                    checkSkipped(c, s, d.listing().get(), p);
                }
                return;
            }
            nearest = nearest == null ? s : nearest;
        }
        c.lines.add("original: FAIL");
        if (digests.isEmpty()) {
            c.fail(SealBundleCodes.ORIGINAL_UNREADABLE, p.toString(), "cannot be read as the kind of subject the seals are of");
            return;
        }
        StringBuilder detail = new StringBuilder("its SHA-256 is the subject of no exported seal");
        OriginalDigest folder = digests.get(SubjectKind.FOLDER);
        if (nearest != null && folder != null && folder.listing().isPresent()) {
            detail.append(" (folder: ").append(folder.sha256()).append(")");
        } else if (!digests.isEmpty()) {
            detail.append(" (").append(digests.values().iterator().next().sha256()).append(")");
        }
        c.fail(SealBundleCodes.FILE_HASH_MISMATCH, p.toString(), detail.toString());
    }
}
