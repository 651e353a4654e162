package ai.attested.bundle.zip;

import static ai.attested.bundle.zip.ZipFormat.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the central directory through a fixed 64 KiB window and applies every per-entry rule:
 * names, duplicates, links, directories, encryption, methods, sizes and expansion ratio. Memory
 * is one small record per entry, and the entry count was bounded before this runs.
 */
final class CentralDirectory {
    private static final int WINDOW = 1 << 16;
    private static final int UNIX_HOST = 3;
    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFLNK = 0120000;
    private static final int DOS_DIRECTORY = 0x10;

    private final ZipSource src;
    private final ZipLimits limits;
    private final long end;
    private final int count;
    private long pos;
    private ByteBuffer window = ByteBuffer.allocate(0);
    private long windowStart;

    CentralDirectory(ZipSource src, ZipLimits limits, long start, long end, int count) {
        this.src = src;
        this.limits = limits;
        this.pos = start;
        this.end = end;
        this.count = count;
    }

    List<ZipEntryInfo> read() throws IOException, BundleReadException {
        List<ZipEntryInfo> out = new ArrayList<>(count);
        Set<String> exact = new HashSet<>();
        Set<String> folded = new HashSet<>();
        long total = 0;
        for (int i = 0; i < count; i++) {
            ByteBuffer h = take(CENTRAL_HEADER_SIZE);
            if (h.getInt(0) != CENTRAL_HEADER) {
                throw new BundleReadException(ZipError.BUNDLE_CORRUPT, "The central directory is damaged at entry " + (i + 1) + ".");
            }
            int madeBy = h.getShort(4) & 0xffff;
            int flags = h.getShort(8) & 0xffff;
            int method = h.getShort(10) & 0xffff;
            int crc = h.getInt(16);
            long csize = h.getInt(20) & MAX_UINT32;
            long usize = h.getInt(24) & MAX_UINT32;
            int nameLen = h.getShort(28) & 0xffff;
            int extraLen = h.getShort(30) & 0xffff;
            int commentLen = h.getShort(32) & 0xffff;
            int disk = h.getShort(34) & 0xffff;
            int external = h.getInt(38);
            long offset = h.getInt(42) & MAX_UINT32;
            if (nameLen > limits.maxNameBytes()) {
                throw new BundleReadException(ZipError.BUNDLE_PATH_UNSAFE, "An entry name is longer than "
                        + limits.maxNameBytes() + " bytes.");
            }
            String name = decodeName(bytes(take(nameLen)), flags);
            ByteBuffer extra = take(extraLen);
            take(commentLen);
            if (csize == MAX_UINT32 || usize == MAX_UINT32 || offset == MAX_UINT32) {
                long[] z = zip64Extra(extra, name, usize == MAX_UINT32, csize == MAX_UINT32, offset == MAX_UINT32);
                usize = z[0] >= 0 ? z[0] : usize;
                csize = z[1] >= 0 ? z[1] : csize;
                offset = z[2] >= 0 ? z[2] : offset;
            }
            checkKind(name, madeBy, external, flags, method, disk);
            if (!exact.add(name) || !folded.add(ZipPaths.collisionKey(name))) {
                throw new BundleReadException(ZipError.BUNDLE_DUPLICATE_ENTRY, name,
                        "Two entries share a name (ignoring case and Unicode normalization).");
            }
            checkSizes(name, method, csize, usize);
            total += usize;
            if (total > limits.maxTotalBytes()) {
                throw new BundleReadException(ZipError.BUNDLE_TOO_LARGE, "The entries add up to more than "
                        + limits.maxTotalBytes() + " bytes.");
            }
            out.add(new ZipEntryInfo(name, method, csize, usize, crc, offset, -1));
        }
        if (pos != end) {
            throw new BundleReadException(ZipError.BUNDLE_CORRUPT, "The central directory holds more or fewer entries than declared.");
        }
        return out;
    }

    private void checkKind(String name, int madeBy, int external, int flags, int method, int disk) throws BundleReadException {
        int mode = external >>> 16;
        int type = mode & S_IFMT;
        if ((madeBy >>> 8) == UNIX_HOST && type == S_IFLNK) {
            throw new BundleReadException(ZipError.BUNDLE_LINK_ENTRY, name, "The ZIP contains a symbolic link.");
        }
        if (name.endsWith("/") || (external & DOS_DIRECTORY) != 0
                || (madeBy >>> 8) == UNIX_HOST && type != 0 && type != S_IFREG) {
            throw new BundleReadException(ZipError.BUNDLE_UNSUPPORTED_ENTRY, name,
                    "The ZIP contains a directory or special-file entry; a bundle holds regular files only.");
        }
        if (!ZipPaths.isSafe(name)) {
            throw new BundleReadException(ZipError.BUNDLE_PATH_UNSAFE, name,
                    "An entry name is absolute, climbs out with '..', or uses a backslash, drive letter or control character.");
        }
        if ((flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) != 0) {
            throw new BundleReadException(ZipError.BUNDLE_UNSUPPORTED_ENTRY, name, "The ZIP contains an encrypted entry.");
        }
        if (method != METHOD_STORED && method != METHOD_DEFLATED) {
            throw new BundleReadException(ZipError.BUNDLE_UNSUPPORTED_ENTRY, name,
                    "The ZIP uses compression method " + method + "; only STORED and DEFLATED are read.");
        }
        if (disk != 0) {
            throw new BundleReadException(ZipError.BUNDLE_UNSUPPORTED_ENTRY, name, "Multi-disk ZIP archives are not supported.");
        }
    }

    private void checkSizes(String name, int method, long csize, long usize) throws BundleReadException {
        if (usize > limits.maxEntryBytes()) {
            throw new BundleReadException(ZipError.BUNDLE_ENTRY_TOO_LARGE, name, "An entry is larger than "
                    + limits.maxEntryBytes() + " bytes.");
        }
        if (method == METHOD_STORED && csize != usize) {
            throw new BundleReadException(ZipError.BUNDLE_CORRUPT, name, "A stored entry's sizes disagree.");
        }
        if (method == METHOD_DEFLATED && usize > Math.max(1, csize) * (long) limits.maxExpansionRatio()) {
            throw new BundleReadException(ZipError.BUNDLE_EXPANSION_RATIO, name, "A compressed entry expands more than "
                    + limits.maxExpansionRatio() + " times: refused as a possible ZIP bomb.");
        }
    }

    /** Names are UTF-8 when flag 11 is set, otherwise must be plain ASCII (CP437 is ambiguous). */
    static String decodeName(byte[] raw, int flags) throws BundleReadException {
        boolean ascii = true;
        for (byte b : raw) {
            ascii &= b >= 0;
        }
        if (!ascii && (flags & FLAG_UTF8) == 0) {
            throw new BundleReadException(ZipError.BUNDLE_PATH_UNSAFE,
                    "An entry name has non-ASCII bytes without the UTF-8 flag.");
        }
        if (ascii) {
            return new String(raw, StandardCharsets.US_ASCII); // the usual name; no decoder needed
        }
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
            return cb.toString();
        } catch (CharacterCodingException e) {
            throw new BundleReadException(ZipError.BUNDLE_PATH_UNSAFE, "An entry name is not valid UTF-8.");
        }
    }

    /** Values from the ZIP64 extended information field (id 1), in its fixed order; -1 when not needed. */
    static long[] zip64Extra(ByteBuffer extra, String name, boolean u, boolean c, boolean o) throws BundleReadException {
        long[] out = {-1, -1, -1};
        int p = 0;
        while (p + 4 <= extra.limit()) {
            int id = extra.getShort(p) & 0xffff;
            int len = extra.getShort(p + 2) & 0xffff;
            if (p + 4 + len > extra.limit()) {
                break;
            }
            if (id == 1) {
                int q = p + 4;
                boolean[] want = {u, c, o};
                for (int k = 0; k < 3; k++) {
                    if (want[k]) {
                        if (q + 8 > p + 4 + len) {
                            throw new BundleReadException(ZipError.BUNDLE_CORRUPT, name, "A ZIP64 extra field is short.");
                        }
                        out[k] = extra.getLong(q);
                        q += 8;
                    }
                }
                return out;
            }
            p += 4 + len;
        }
        throw new BundleReadException(ZipError.BUNDLE_CORRUPT, name, "An entry needs a ZIP64 extra field and has none.");
    }

    private ByteBuffer take(int n) throws IOException, BundleReadException {
        if (pos + n > end) {
            throw new BundleReadException(ZipError.BUNDLE_CORRUPT, "The central directory runs past its declared size.");
        }
        if (n > WINDOW) {
            throw new IllegalStateException("record larger than the window");
        }
        if (pos < windowStart || pos + n > windowStart + window.limit()) {
            int len = (int) Math.min(WINDOW, end - pos);
            ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
            if (src.read(b, pos) != len) {
                throw new BundleReadException(ZipError.BUNDLE_TRUNCATED, "The ZIP is cut off inside its central directory.");
            }
            b.flip();
            window = b;
            windowStart = pos;
        }
        ByteBuffer slice = window.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        slice.position((int) (pos - windowStart)).limit((int) (pos - windowStart) + n);
        pos += n;
        return slice.slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
