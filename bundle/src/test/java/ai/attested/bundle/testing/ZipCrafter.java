package ai.attested.bundle.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP archives byte by byte, including ones no honest tool would make (duplicate names,
 * links, lying sizes, huge entry counts), for the hostile-input tests. Not for production.
 */
public final class ZipCrafter {
    /** One entry; fields are public so a test can make any of them lie. */
    public static final class Entry {
        public byte[] name;
        public int method;
        public int flags = 0x0800;
        public int madeBy = (3 << 8) | 20;
        public int external = 0100644 << 16;
        public byte[] data;
        public int crc;
        public long csize;
        public long usize;
        public byte[] localName;

        Entry(String name, int method, byte[] data, byte[] original) {
            this.name = name.getBytes(StandardCharsets.UTF_8);
            this.method = method;
            this.data = data;
            CRC32 c = new CRC32();
            c.update(original);
            this.crc = (int) c.getValue();
            this.csize = data.length;
            this.usize = original.length;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private byte[] prefix = new byte[0];
    private Long declaredCount;

    public Entry stored(String name, byte[] content) {
        Entry e = new Entry(name, 0, content, content);
        entries.add(e);
        return e;
    }

    public Entry deflated(String name, byte[] content) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(content);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        Entry e = new Entry(name, 8, out.toByteArray(), content);
        entries.add(e);
        return e;
    }

    /** Bytes before the first entry (self-extractor style). */
    public ZipCrafter prefix(byte[] p) {
        prefix = p;
        return this;
    }

    /** Make the end record claim this many entries. */
    public ZipCrafter declareCount(long n) {
        declaredCount = n;
        return this;
    }

    public byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        long[] offsets = new long[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            offsets[i] = out.size();
            byte[] ln = e.localName != null ? e.localName : e.name;
            ByteBuffer h = le(30).putInt(0x04034b50).putShort((short) 20).putShort((short) e.flags)
                    .putShort((short) e.method).putShort((short) 0).putShort((short) 0x21).putInt(e.crc)
                    .putInt((int) e.csize).putInt((int) e.usize).putShort((short) ln.length).putShort((short) 0);
            out.writeBytes(h.array());
            out.writeBytes(ln);
            out.writeBytes(e.data);
        }
        long cdStart = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            ByteBuffer h = le(46).putInt(0x02014b50).putShort((short) e.madeBy).putShort((short) 20)
                    .putShort((short) e.flags).putShort((short) e.method).putShort((short) 0).putShort((short) 0x21)
                    .putInt(e.crc).putInt((int) e.csize).putInt((int) e.usize).putShort((short) e.name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putInt(e.external).putInt((int) offsets[i]);
            out.writeBytes(h.array());
            out.writeBytes(e.name);
        }
        long cdSize = out.size() - cdStart;
        long count = declaredCount != null ? declaredCount : entries.size();
        if (count >= 0xFFFF) {
            long z = out.size();
            out.writeBytes(le(56).putInt(0x06064b50).putLong(44).putShort((short) 0x032d).putShort((short) 45)
                    .putInt(0).putInt(0).putLong(count).putLong(count).putLong(cdSize).putLong(cdStart).array());
            out.writeBytes(le(20).putInt(0x07064b50).putInt(0).putLong(z).putInt(1).array());
        }
        int c16 = (int) Math.min(count, 0xFFFF);
        out.writeBytes(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) c16)
                .putShort((short) c16).putInt((int) cdSize).putInt((int) cdStart).putShort((short) 0).array());
        return out.toByteArray();
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
