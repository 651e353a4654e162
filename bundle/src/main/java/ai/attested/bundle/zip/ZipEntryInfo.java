package ai.attested.bundle.zip;

/**
 * One validated entry: a safe name, STORED (0) or DEFLATED (8), sizes, CRC-32, and where its data
 * starts in the archive (after the local header, which has been cross-checked).
 */
public record ZipEntryInfo(String name, int method, long compressedSize, long size, int crc, long headerOffset,
        long dataOffset) {}
