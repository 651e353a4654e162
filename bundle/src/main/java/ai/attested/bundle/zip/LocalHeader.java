package ai.attested.bundle.zip;

import static ai.attested.bundle.zip.ZipFormat.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An entry's local header, checked against its central-directory record: same name bytes, flags
 * that matter, method, CRC and sizes (or a data descriptor after the data that agrees).
 */
final class LocalHeader {
    private final long dataOffset;
    private final int descriptorLength;

    private LocalHeader(long dataOffset, int descriptorLength) {
        this.dataOffset = dataOffset;
        this.descriptorLength = descriptorLength;
    }

    long dataOffset() {
        return dataOffset;
    }

    int descriptorLength() {
        return descriptorLength;
    }

    static LocalHeader read(ZipStructure.Reads in, ZipEntryInfo e) throws IOException, BundleReadException {
        ByteBuffer h = in.readAt(e.headerOffset(), LOCAL_HEADER_SIZE);
        if (h.getInt(0) != LOCAL_HEADER) {
            throw mismatch(e, "has no local header where the directory says");
        }
        int flags = h.getShort(6) & 0xffff;
        int method = h.getShort(8) & 0xffff;
        int crc = h.getInt(14);
        long csize = h.getInt(18) & MAX_UINT32;
        long usize = h.getInt(22) & MAX_UINT32;
        int nameLen = h.getShort(26) & 0xffff;
        int extraLen = h.getShort(28) & 0xffff;
        ByteBuffer nameAndExtra = in.readAt(e.headerOffset() + LOCAL_HEADER_SIZE, nameLen + extraLen);
        byte[] name = new byte[nameLen];
        nameAndExtra.get(name);
        if (!Arrays.equals(name, e.name().getBytes(StandardCharsets.UTF_8))) {
            throw mismatch(e, "has a different name in its local header");
        }
        if (method != e.method() || (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) != 0) {
            throw mismatch(e, "has a different method or flags in its local header");
        }
        long dataOffset = e.headerOffset() + LOCAL_HEADER_SIZE + nameLen + extraLen;
        if (dataOffset + e.compressedSize() < dataOffset) {
            throw mismatch(e, "has an impossible size");
        }
        if ((flags & FLAG_DATA_DESCRIPTOR) == 0) {
            if (csize == MAX_UINT32 || usize == MAX_UINT32) {
                ByteBuffer extra = nameAndExtra.slice().order(java.nio.ByteOrder.LITTLE_ENDIAN);
                long[] z = CentralDirectory.zip64Extra(extra, e.name(), usize == MAX_UINT32, csize == MAX_UINT32, false);
                usize = z[0] >= 0 ? z[0] : usize;
                csize = z[1] >= 0 ? z[1] : csize;
            }
            if (crc != e.crc() || csize != e.compressedSize() || usize != e.size()) {
                throw mismatch(e, "has a CRC or size in its local header that differs from the directory");
            }
            return new LocalHeader(dataOffset, 0);
        }
        return new LocalHeader(dataOffset, descriptor(in, e, dataOffset + e.compressedSize()));
    }

    /** Reads the data descriptor (with or without its optional signature) and returns its length. */
    private static int descriptor(ZipStructure.Reads in, ZipEntryInfo e, long at) throws IOException, BundleReadException {
        boolean zip64 = e.size() >= MAX_UINT32 || e.compressedSize() >= MAX_UINT32;
        int sizes = zip64 ? 16 : 8;
        ByteBuffer first = in.readAt(at, 4);
        boolean signed = first.getInt(0) == DATA_DESCRIPTOR;
        int len = (signed ? 4 : 0) + 4 + sizes;
        ByteBuffer d = in.readAt(at, len);
        int p = signed ? 4 : 0;
        int crc = d.getInt(p);
        long csize = zip64 ? d.getLong(p + 4) : d.getInt(p + 4) & MAX_UINT32;
        long usize = zip64 ? d.getLong(p + 12) : d.getInt(p + 8) & MAX_UINT32;
        if (crc != e.crc() || csize != e.compressedSize() || usize != e.size()) {
            throw mismatch(e, "has a data descriptor that differs from the directory");
        }
        return len;
    }

    private static BundleReadException mismatch(ZipEntryInfo e, String what) {
        return new BundleReadException(ZipError.BUNDLE_CORRUPT, e.name(), "A ZIP entry " + what + ".");
    }
}
