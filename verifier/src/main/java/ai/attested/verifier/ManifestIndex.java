package ai.attested.verifier;

import ai.attested.bundle.model.BundleManifest;
import ai.attested.bundle.zip.ZipPaths;
import ai.attested.crypto.Hex;
import java.util.Arrays;
import java.util.List;

/**
 * The manifest's {@code files[]} in compact form (sorted paths, raw digests, sizes), so a
 * 100,000-file manifest costs a few MB once its JSON tree is dropped. Read-only, thread-safe.
 */
final class ManifestIndex {
    private final String[] paths;
    private final byte[] digests;
    private final long[] sizes;

    ManifestIndex(List<BundleManifest.FileEntry> files) {
        int n = files.size();
        paths = new String[n];
        digests = new byte[n * 32];
        sizes = new long[n];
        for (int i = 0; i < n; i++) {
            BundleManifest.FileEntry f = files.get(i);
            paths[i] = f.path();
            System.arraycopy(Hex.decode(f.sha256()), 0, digests, i * 32, 32);
            sizes[i] = f.sizeBytes();
        }
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
}
