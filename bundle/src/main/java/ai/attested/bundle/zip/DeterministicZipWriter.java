package ai.attested.bundle.zip;

import static ai.attested.bundle.zip.ZipFormat.*;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes a byte-for-byte reproducible ZIP (DESIGN.md §2.2): entries in strictly ascending UTF-8
 * path order, no directory entries, STORED, fixed 1980-01-01 00:00 time, mode 0644, no extra
 * fields, no comments, no data descriptors. Streams: each entry is written as it is added, and only
 * its central-directory facts (name, CRC, size, offset) are kept. Above 65,535 entries the ZIP64
 * end records carry the count; sizes and offsets stay below 4 GiB (larger is refused).
 */
public final class DeterministicZipWriter implements Closeable {
    private record Written(byte[] name, int crc, long size, long offset) {}

    private final OutputStream out;
    private final List<Written> entries = new ArrayList<>();
    private long offset;
    private String lastPath;
    private boolean finished;

    public DeterministicZipWriter(OutputStream out) {
        this.out = new BufferedOutputStream(out, 1 << 16);
    }

    /** Adds one file; paths must be safe (see {@link ZipPaths#isSafe}) and strictly ascending. */
    public void add(String path, byte[] content) throws IOException {
        if (finished) {
            throw new IllegalStateException("ZIP already finished");
        }
        if (!ZipPaths.isSafe(path)) {
            throw new IllegalArgumentException("unsafe ZIP entry name: " + ZipPaths.printable(path));
        }
        if (lastPath != null && ZipPaths.compareUtf8(lastPath, path) >= 0) {
            throw new IllegalArgumentException("entries must be added in ascending path order without duplicates: "
                    + ZipPaths.printable(lastPath) + " then " + ZipPaths.printable(path));
        }
        byte[] name = path.getBytes(StandardCharsets.UTF_8);
        if (name.length > MAX_UINT16) {
            throw new IllegalArgumentException("entry name too long");
        }
        if (offset + LOCAL_HEADER_SIZE + name.length + content.length > MAX_UINT32) {
            throw new IOException("bundle would exceed 4 GiB, which this writer does not produce");
        }
        CRC32 crc32 = new CRC32();
        crc32.update(content, 0, content.length);
        Written w = new Written(name, (int) crc32.getValue(), content.length, offset);
        ByteBuffer h = le(LOCAL_HEADER_SIZE);
        h.putInt(LOCAL_HEADER).putShort((short) VERSION_NEEDED_STORED).putShort((short) FLAG_UTF8)
                .putShort((short) METHOD_STORED).putShort((short) DOS_TIME_MIDNIGHT).putShort((short) DOS_DATE_1980_01_01)
                .putInt(w.crc()).putInt((int) w.size()).putInt((int) w.size())
                .putShort((short) name.length).putShort((short) 0);
        write(h.array());
        write(name);
        write(content);
        entries.add(w);
        lastPath = path;
    }

    /** Number of entries added so far. */
    public int size() {
        return entries.size();
    }

    /** Writes the central directory and end records; the underlying stream stays open. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        long cdStart = offset;
        for (Written w : entries) {
            ByteBuffer h = le(CENTRAL_HEADER_SIZE);
            h.putInt(CENTRAL_HEADER).putShort((short) VERSION_MADE_BY).putShort((short) VERSION_NEEDED_STORED)
                    .putShort((short) FLAG_UTF8).putShort((short) METHOD_STORED)
                    .putShort((short) DOS_TIME_MIDNIGHT).putShort((short) DOS_DATE_1980_01_01)
                    .putInt(w.crc()).putInt((int) w.size()).putInt((int) w.size())
                    .putShort((short) w.name().length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(UNIX_REGULAR_0644 << 16).putInt((int) w.offset());
            write(h.array());
            write(w.name());
        }
        long cdSize = offset - cdStart;
        if (cdStart + cdSize > MAX_UINT32) {
            throw new IOException("bundle would exceed 4 GiB, which this writer does not produce");
        }
        boolean zip64 = entries.size() >= MAX_UINT16;
        if (zip64) {
            long zip64EocdOffset = offset;
            ByteBuffer z = le(ZIP64_EOCD_SIZE);
            z.putInt(ZIP64_EOCD).putLong(ZIP64_EOCD_SIZE - 12L).putShort((short) ((3 << 8) | VERSION_NEEDED_ZIP64))
                    .putShort((short) VERSION_NEEDED_ZIP64).putInt(0).putInt(0)
                    .putLong(entries.size()).putLong(entries.size()).putLong(cdSize).putLong(cdStart);
            write(z.array());
            ByteBuffer l = le(ZIP64_LOCATOR_SIZE);
            l.putInt(ZIP64_LOCATOR).putInt(0).putLong(zip64EocdOffset).putInt(1);
            write(l.array());
        }
        int count16 = zip64 ? MAX_UINT16 : entries.size();
        ByteBuffer e = le(EOCD_SIZE);
        e.putInt(EOCD).putShort((short) 0).putShort((short) 0).putShort((short) count16).putShort((short) count16)
                .putInt((int) cdSize).putInt((int) cdStart).putShort((short) 0);
        write(e.array());
        out.flush();
    }

    /** Finishes (if needed) and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        try {
            finish();
        } finally {
            out.close();
        }
    }

    private void write(byte[] b) throws IOException {
        out.write(b);
        offset += b.length;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
