package ai.attested.verifier;

import ai.attested.bundle.zip.HardenedZipReader;
import ai.attested.bundle.zip.ZipEntryInfo;
import ai.attested.bundle.zip.ZipPaths;
import ai.attested.crypto.Hex;
import java.util.Arrays;

/**
 * The manifest's {@code files[]} in compact form (sorted paths, raw digests, sizes): a
 * 100,000-file manifest costs a few MB. A path that is also a ZIP entry shares the entry's name
 * string instead of holding a second copy. Read-only once built, thread-safe.
 */
final class ManifestIndex {
    private final String[] paths;
    private final byte[] digests;
    private final long[] sizes;

    private ManifestIndex(String[] paths, byte[] digests, long[] sizes) {
        this.paths = paths;
        this.digests = digests;
        this.sizes = sizes;
    }

    int size() {
        return paths.length;
    }

    String path(int i) {
        return paths[i];
    }

    /** Index of {@code path}, or -1 (the manifest is sorted by UTF-8 path, checked at parse). */
    int indexOf(String path) {
        int i = Arrays.binarySearch(paths, path, ZipPaths.ORDER);
        return i >= 0 ? i : -1;
    }

    /** True when the listed digest and size at {@code i} equal these. */
    boolean matches(int i, byte[] digest, long size) {
        return sizes[i] == size && Arrays.equals(digests, i * 32, i * 32 + 32, digest, 0, 32);
    }

    /** Collects entries in manifest order (they arrive schema-checked, sorted, 64 hex digits each). */
    static final class Builder {
        private final HardenedZipReader zip;
        private String[] paths = new String[64];
        private byte[] digests = new byte[64 * 32];
        private long[] sizes = new long[64];
        private int n;

        Builder(HardenedZipReader zip) {
            this.zip = zip;
        }

        void add(String path, String sha256Hex, long size) {
            if (n == paths.length) {
                paths = Arrays.copyOf(paths, n * 2);
                digests = Arrays.copyOf(digests, n * 2 * 32);
                sizes = Arrays.copyOf(sizes, n * 2);
            }
            paths[n] = zip.entry(path).map(ZipEntryInfo::name).orElse(path);
            System.arraycopy(Hex.decode(sha256Hex), 0, digests, n * 32, 32);
            sizes[n] = size;
            n++;
        }

        ManifestIndex build() {
            return new ManifestIndex(Arrays.copyOf(paths, n), Arrays.copyOf(digests, n * 32), Arrays.copyOf(sizes, n));
        }
    }
}
