package ai.attested.bundle.zip;

import static ai.attested.bundle.zip.ZipFormat.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds and checks the end records and the central directory, then cross-checks every local
 * header. The archive must be exactly: entries back to back from offset 0, the central directory
 * right after them, then the end records: no prepended, hidden or overlapping data.
 */
final class ZipStructure {
    private static final int MAX_TAIL = EOCD_SIZE + MAX_UINT16;

    /** Local headers are read through a window: 20,000 entries cost a few hundred reads, not 40,000. */
    private static final int WINDOW = 1 << 16;

    private final ZipSource src;
    private final ZipLimits limits;
    private final long size;
    private ByteBuffer window = ByteBuffer.allocate(0);
    private long windowStart;

    private ZipStructure(ZipSource src, ZipLimits limits) throws IOException {
        this.src = src;
        this.limits = limits;
        this.size = src.size();
    }

    static List<ZipEntryInfo> read(ZipSource src, ZipLimits limits) throws IOException, BundleReadException {
        return new ZipStructure(src, limits).read();
    }

    private List<ZipEntryInfo> read() throws IOException, BundleReadException {
        int tailLen = (int) Math.min(size, MAX_TAIL);
        ByteBuffer tail = readAt(size - tailLen, tailLen);
        int eocd = -1;
        for (int i = tailLen - EOCD_SIZE; i >= 0 && eocd < 0; i--) {
            if (tail.getInt(i) == EOCD && (tail.getShort(i + 20) & 0xffff) == tailLen - i - EOCD_SIZE) {
                eocd = i;
            }
        }
        if (eocd < 0) {
            boolean looksLikeZip = size >= 4 && readAt(0, 4).getInt(0) == LOCAL_HEADER;
            throw looksLikeZip
                    ? new BundleReadException(ZipError.BUNDLE_TRUNCATED, "The ZIP ends before its end-of-directory record: the file is cut off.")
                    : new BundleReadException(ZipError.BUNDLE_NOT_ZIP, "This file is not a ZIP archive.");
        }
        long eocdPos = size - tailLen + eocd;
        if ((tail.getShort(eocd + 4) & 0xffff) != 0 || (tail.getShort(eocd + 6) & 0xffff) != 0) {
            throw new BundleReadException(ZipError.BUNDLE_UNSUPPORTED_ENTRY, "Multi-disk ZIP archives are not supported.");
        }
        long count = tail.getShort(eocd + 10) & 0xffff;
        long cdSize = tail.getInt(eocd + 12) & MAX_UINT32;
        long cdOffset = tail.getInt(eocd + 16) & MAX_UINT32;
        long cdEnd = eocdPos;
        if (eocdPos >= ZIP64_LOCATOR_SIZE && readAt(eocdPos - ZIP64_LOCATOR_SIZE, 4).getInt(0) == ZIP64_LOCATOR) {
            ByteBuffer loc = readAt(eocdPos - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE);
            long z64 = loc.getLong(8);
            if (loc.getInt(4) != 0 || loc.getInt(16) != 1 || z64 < 0 || z64 > eocdPos - ZIP64_LOCATOR_SIZE - ZIP64_EOCD_SIZE) {
                throw corrupt("The ZIP64 end locator points outside the archive.");
            }
            ByteBuffer rec = readAt(z64, ZIP64_EOCD_SIZE);
            if (rec.getInt(0) != ZIP64_EOCD || z64 + 12 + rec.getLong(4) != eocdPos - ZIP64_LOCATOR_SIZE
                    || rec.getInt(16) != 0 || rec.getInt(20) != 0 || rec.getLong(24) != rec.getLong(32)) {
                throw corrupt("The ZIP64 end record is malformed.");
            }
            count = rec.getLong(32);
            cdSize = rec.getLong(40);
            cdOffset = rec.getLong(48);
            cdEnd = z64;
        }
        if (count < 0 || count > limits.maxEntries()) {
            throw new BundleReadException(ZipError.BUNDLE_TOO_MANY_ENTRIES, "The ZIP declares " + Long.toUnsignedString(count)
                    + " entries; at most " + limits.maxEntries() + " are accepted.");
        }
        if (cdOffset < 0 || cdSize < 0 || cdOffset > cdEnd || cdEnd - cdOffset != cdSize) {
            throw corrupt("The central directory is not where the end record says, or data is hidden after it.");
        }
        List<ZipEntryInfo> entries = new CentralDirectory(src, limits, cdOffset, cdEnd, (int) count).read();
        checkLocalHeaders(entries, cdOffset);
        return entries;
    }

    /** Rewrites each entry with its verified data offset; entries must tile [0, cdOffset) exactly. */
    private void checkLocalHeaders(List<ZipEntryInfo> entries, long cdOffset) throws IOException, BundleReadException {
        List<Integer> byOffset = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            byOffset.add(i);
        }
        byOffset.sort(Comparator.comparingLong(i -> entries.get(i).headerOffset()));
        long expected = 0;
        for (int idx : byOffset) {
            ZipEntryInfo e = entries.get(idx);
            if (e.headerOffset() != expected) {
                throw new BundleReadException(ZipError.BUNDLE_CORRUPT, e.name(),
                        "ZIP entries overlap or leave hidden bytes between them.");
            }
            LocalHeader h = LocalHeader.read(this::readThroughWindow, e);
            ZipEntryInfo checked = new ZipEntryInfo(e.name(), e.method(), e.compressedSize(), e.size(), e.crc(),
                    e.headerOffset(), h.dataOffset());
            entries.set(idx, checked);
            expected = h.dataOffset() + e.compressedSize() + h.descriptorLength();
        }
        if (expected != cdOffset) {
            throw corrupt("Bytes are hidden between the last entry and the central directory.");
        }
    }

    /** Exactly {@code len} bytes at {@code pos}, little-endian; end of file is truncation. */
    ByteBuffer readAt(long pos, int len) throws IOException, BundleReadException {
        ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
        if (pos < 0 || pos + len > size || src.read(b, pos) != len) {
            throw new BundleReadException(ZipError.BUNDLE_TRUNCATED, "The ZIP is cut off: a record runs past the end of the file.");
        }
        b.flip();
        return b;
    }

    /** As {@link #readAt}, served from a window of the file when the bytes fit in one. */
    ByteBuffer readThroughWindow(long pos, int len) throws IOException, BundleReadException {
        if (pos < 0 || pos + len > size) {
            throw new BundleReadException(ZipError.BUNDLE_TRUNCATED, "The ZIP is cut off: a record runs past the end of the file.");
        }
        if (len > WINDOW) {
            return readAt(pos, len);
        }
        if (pos < windowStart || pos + len > windowStart + window.limit()) {
            ByteBuffer b = ByteBuffer.allocate((int) Math.min(WINDOW, size - pos)).order(ByteOrder.LITTLE_ENDIAN);
            int n = src.read(b, pos);
            if (n < len) {
                throw new BundleReadException(ZipError.BUNDLE_TRUNCATED, "The ZIP is cut off: a record runs past the end of the file.");
            }
            b.flip();
            window = b;
            windowStart = pos;
        }
        ByteBuffer slice = window.duplicate();
        slice.position((int) (pos - windowStart)).limit((int) (pos - windowStart) + len);
        return slice.slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static BundleReadException corrupt(String sentence) {
        return new BundleReadException(ZipError.BUNDLE_CORRUPT, sentence);
    }

    /** Positional reads for the helpers. */
    interface Reads {
        ByteBuffer readAt(long pos, int len) throws IOException, BundleReadException;
    }
}
