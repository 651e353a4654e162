package ai.attested.bundle.sign;

import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import java.util.ArrayList;
import java.util.List;

/**
 * composite_subject_hash = SHA-256(d1 ‖ d2 ‖ …) over the raw 32-byte digests in
 * {@code measurement_set} order (seed 004 §7.2, DESIGN.md §2.2).
 */
public final class CompositeHash {
    private CompositeHash() {}

    /** Lowercase hex of the composite; each digest must be 32 bytes. */
    public static String of(List<byte[]> digests) {
        Sha256.Hasher h = Sha256.newHasher();
        for (byte[] d : digests) {
            if (d.length != 32) {
                throw new IllegalArgumentException("a SHA-256 digest is 32 bytes, got " + d.length);
            }
            h.update(d, 0, d.length);
        }
        return Hex.encode(h.digest());
    }

    /** The same from lowercase hex digests (as listed in a subject manifest). */
    public static String ofHex(List<String> hexDigests) {
        List<byte[]> raw = new ArrayList<>(hexDigests.size());
        for (String s : hexDigests) {
            raw.add(Hex.decode(s));
        }
        return of(raw);
    }
}
