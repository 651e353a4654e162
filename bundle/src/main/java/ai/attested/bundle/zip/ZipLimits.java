package ai.attested.bundle.zip;

/**
 * Bounds applied before any entry is read (docs/decisions/0033). The defaults admit a
 * 100,000-receipt bundle and refuse anything that would need unbounded memory or time.
 *
 * @param maxEntries        entries in the archive (checked against the end record before the directory is read)
 * @param maxEntryBytes     uncompressed size of one entry
 * @param maxTotalBytes     uncompressed size of all entries together
 * @param maxExpansionRatio uncompressed / compressed size of a DEFLATED entry
 * @param maxNameBytes      UTF-8 bytes of one entry name
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxExpansionRatio, int maxNameBytes) {
    public static final ZipLimits DEFAULTS = new ZipLimits(150_000, 64L << 20, 2L << 30, 100, 1024);

    public ZipLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxExpansionRatio < 1 || maxNameBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public ZipLimits withMaxEntries(int n) {
        return new ZipLimits(n, maxEntryBytes, maxTotalBytes, maxExpansionRatio, maxNameBytes);
    }

    public ZipLimits withMaxEntryBytes(long n) {
        return new ZipLimits(maxEntries, n, maxTotalBytes, maxExpansionRatio, maxNameBytes);
    }

    public ZipLimits withMaxTotalBytes(long n) {
        return new ZipLimits(maxEntries, maxEntryBytes, n, maxExpansionRatio, maxNameBytes);
    }
}
