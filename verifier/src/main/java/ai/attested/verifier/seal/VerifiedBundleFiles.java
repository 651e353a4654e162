package ai.attested.verifier.seal;

import ai.attested.bundle.seal.export.VerifiedBundleLayout;
import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.HardenedZipReader;
import ai.attested.bundle.zip.ZipEntryInfo;
import ai.attested.bundle.zip.ZipLimits;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        NeedleSearch search = new NeedleSearch(needle);
        try {
            r.stream(manifest, search::feed);
        } catch (BundleReadException e) {
            return false;
        }
        return search.found;
    }

    /** Bytes of the manifest the kind probe looks at; a larger one is not a VerifiedBundle manifest. */
    private static final long MAX_KIND_PROBE_BYTES = 4L << 20;

    /**
     * Finds a needle in bytes that arrive in pieces: each piece is searched together with the last
     * needle.length − 1 bytes before it, so a match split across pieces is found too.
     */
    private static final class NeedleSearch {
        private final byte[] needle;
        private byte[] carry = new byte[0];
        boolean found;

        NeedleSearch(byte[] needle) {
            this.needle = needle;
        }

        void feed(byte[] buf, int off, int len) {
            if (found) {
                return;
            }
            byte[] window = new byte[carry.length + len];
            System.arraycopy(carry, 0, window, 0, carry.length);
            System.arraycopy(buf, off, window, carry.length, len);
            found = indexOf(window, needle) >= 0;
            int keep = Math.min(needle.length - 1, window.length);
            carry = Arrays.copyOfRange(window, window.length - keep, window.length);
        }

        private static int indexOf(byte[] hay, byte[] needle) {
            byte first = needle[0];
            int last = hay.length - needle.length;
            for (int i = 0; i <= last; i++) {
                if (hay[i] == first && matchesAt(hay, i, needle)) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean matchesAt(byte[] hay, int at, byte[] needle) {
            for (int j = 1; j < needle.length; j++) {
                if (hay[at + j] != needle[j]) {
                    return false;
                }
            }
            return true;
        }
    }
}
