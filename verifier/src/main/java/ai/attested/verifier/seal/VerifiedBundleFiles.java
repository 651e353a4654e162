package ai.attested.verifier.seal;

import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.HardenedZipReader;
import ai.attested.bundle.zip.ZipEntryInfo;
import ai.attested.bundle.zip.ZipLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a VerifiedBundle's entries through the hardened ZIP reader, within fixed bounds. */
public final class VerifiedBundleFiles {
    /** A bundle of a few thousand seals with cards fits; a ZIP bomb does not. */
    public static final ZipLimits LIMITS = ZipLimits.DEFAULTS.withMaxEntries(50_000).withMaxEntryBytes(64L << 20)
            .withMaxTotalBytes(1L << 30);

    private VerifiedBundleFiles() {
    }

    /** All entries, by name, in ZIP order. */
    public static Map<String, byte[]> read(Path zip) throws BundleReadException {
        try (HardenedZipReader r = HardenedZipReader.open(zip, LIMITS)) {
            return read(r);
        }
    }

    public static Map<String, byte[]> read(HardenedZipReader r) throws BundleReadException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (ZipEntryInfo e : r.entries()) {
            out.put(e.name(), r.readAll(e, LIMITS.maxEntryBytes()));
        }
        return out;
    }

    /** True when the ZIP's manifest declares the VerifiedBundle format (read without loading the rest). */
    public static boolean isVerifiedBundle(HardenedZipReader r) {
        ZipEntryInfo manifest = r.entry(VerifiedBundleLayout.MANIFEST).orElse(null);
        if (manifest == null || manifest.size() > MAX_KIND_PROBE_BYTES) {
            return false;
        }
        // The quoted format name searched in the bytes as they stream (an MVP-LOCAL manifest of a
        // 20,000-receipt bundle is 3 MB): an ASCII needle matches the bytes exactly where it would
        // match their UTF-8 decoding, and a damaged entry (CRC) still counts as no match.
        byte[] needle = ("\"" + VerifiedBundleLayout.FORMAT + "\"").getBytes(StandardCharsets.US_ASCII);
        int[] matched = {0};
        boolean[] found = {false};
        try {
            r.stream(manifest, (buf, off, len) -> {
                for (int i = off; i < off + len && !found[0]; i++) {
                    matched[0] = advance(needle, matched[0], buf[i]);
                    found[0] = matched[0] == needle.length;
                }
            });
        } catch (BundleReadException e) {
            return false;
        }
        return found[0];
    }

    /** Bytes of the manifest the kind probe looks at; a larger one is not a VerifiedBundle manifest. */
    private static final long MAX_KIND_PROBE_BYTES = 4L << 20;

    /** The length of the needle prefix matched after {@code b}, given {@code matched} before it (naive fallback, short needle). */
    private static int advance(byte[] needle, int matched, byte b) {
        while (true) {
            if (needle[matched] == b) {
                return matched + 1;
            }
            if (matched == 0) {
                return 0;
            }
            // Fall back to the longest proper suffix of the matched part that is also a prefix.
            int next = 0;
            for (int k = matched - 1; k > 0; k--) {
                if (regionMatches(needle, matched - k, k)) {
                    next = k;
                    break;
                }
            }
            matched = next;
        }
    }

    private static boolean regionMatches(byte[] needle, int from, int length) {
        for (int i = 0; i < length; i++) {
            if (needle[from + i] != needle[i]) {
                return false;
            }
        }
        return true;
    }
}
