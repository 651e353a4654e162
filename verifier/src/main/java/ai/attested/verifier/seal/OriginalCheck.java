package ai.attested.verifier.seal;

import ai.attested.bundle.seal.OriginalDigest;
import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.SubjectKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** {@code --file ORIGINAL}: the original (file, text file or folder) is the subject of an exported seal. */
final class OriginalCheck {
    private OriginalCheck() {
    }

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
