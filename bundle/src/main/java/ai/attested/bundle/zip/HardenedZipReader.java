package ai.attested.bundle.zip;

import static ai.attested.bundle.zip.ZipFormat.METHOD_STORED;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a bundle ZIP as hostile input (DESIGN.md §4). Opening validates the whole structure
 * (end records, central directory, every local header) against {@link ZipLimits} and refuses the
 * archive with one {@link ZipError} code at the first problem. Reading an entry is bounded and
 * CRC-checked. Read-only: nothing is extracted or written anywhere. Thread-safe for reads.
 */
public final class HardenedZipReader implements AutoCloseable {
    private static final int CHUNK = 1 << 16;

    private final ZipSource src;
    private final ZipLimits limits;
    private final List<ZipEntryInfo> entries;
    private final Map<String, ZipEntryInfo> byName;

    private HardenedZipReader(ZipSource src, ZipLimits limits) throws IOException, BundleReadException {
        this.src = src;
        this.limits = limits;
        this.entries = Collections.unmodifiableList(ZipStructure.read(src, limits));
        this.byName = new HashMap<>(entries.size() * 2);
        for (ZipEntryInfo e : entries) {
            byName.put(e.name(), e);
        }
    }

    public static HardenedZipReader open(Path zip, ZipLimits limits) throws BundleReadException {
        FileChannel ch;
        try {
            ch = FileChannel.open(zip, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new BundleReadException(ZipError.BUNDLE_UNREADABLE, "The bundle file does not exist.");
        } catch (IOException | SecurityException e) {
            throw new BundleReadException(ZipError.BUNDLE_UNREADABLE, "The bundle file cannot be read: " + e.getMessage());
        }
        return open(ZipSource.of(ch), limits);
    }

    public static HardenedZipReader open(byte[] zip, ZipLimits limits) throws BundleReadException {
        return open(ZipSource.of(zip), limits);
    }

    private static HardenedZipReader open(ZipSource src, ZipLimits limits) throws BundleReadException {
        try {
            return new HardenedZipReader(src, limits);
        } catch (IOException e) {
            closeQuietly(src);
            throw new BundleReadException(ZipError.BUNDLE_UNREADABLE, "The bundle file cannot be read: " + e.getMessage());
        } catch (BundleReadException | RuntimeException e) {
            closeQuietly(src);
            throw e;
        }
    }

    /** Every entry, in central-directory order (for bundles we write: sorted by path). */
    public List<ZipEntryInfo> entries() {
        return entries;
    }

    public Optional<ZipEntryInfo> entry(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public ZipLimits limits() {
        return limits;
    }

    /** The entry's bytes; refuses entries larger than {@code maxBytes} before reading any. */
    public byte[] readAll(ZipEntryInfo e, long maxBytes) throws BundleReadException {
        if (e.size() > maxBytes) {
            throw new BundleReadException(ZipError.BUNDLE_ENTRY_TOO_LARGE, e.name(),
                    "An entry is larger than the " + maxBytes + " bytes allowed for it.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) e.size());
        stream(e, out::write);
        return out.toByteArray();
    }

    /** Receives an entry's bytes chunk by chunk. */
    public interface ChunkConsumer {
        void accept(byte[] buf, int off, int len) throws BundleReadException;
    }

    /** Streams the entry's uncompressed bytes to {@code sink}, then checks size and CRC-32. */
    public void stream(ZipEntryInfo e, ChunkConsumer sink) throws BundleReadException {
        CRC32 crc = new CRC32();
        ChunkConsumer checked = (b, off, len) -> {
            crc.update(b, off, len);
            sink.accept(b, off, len);
        };
        try {
            if (e.method() == METHOD_STORED) {
                copyStored(e, checked);
            } else {
                inflate(e, checked);
            }
        } catch (IOException ex) {
            throw new BundleReadException(ZipError.BUNDLE_UNREADABLE, e.name(), "The bundle file cannot be read: " + ex.getMessage());
        }
        if ((int) crc.getValue() != e.crc()) {
            throw new BundleReadException(ZipError.BUNDLE_CRC_MISMATCH, e.name(), "An entry's bytes do not match its CRC-32: the ZIP is damaged.");
        }
    }

    private void copyStored(ZipEntryInfo e, ChunkConsumer sink) throws IOException, BundleReadException {
        byte[] buf = new byte[(int) Math.min(CHUNK, Math.max(1, e.size()))];
        long done = 0;
        while (done < e.size()) {
            int n = (int) Math.min(buf.length, e.size() - done);
            if (src.read(ByteBuffer.wrap(buf, 0, n), e.dataOffset() + done) != n) {
                throw new BundleReadException(ZipError.BUNDLE_TRUNCATED, e.name(), "The ZIP is cut off inside an entry.");
            }
            sink.accept(buf, 0, n);
            done += n;
        }
    }

    /** Raw DEFLATE with the output bounded by the declared size: a lying size cannot expand further. */
    private void inflate(ZipEntryInfo e, ChunkConsumer sink) throws IOException, BundleReadException {
        Inflater inf = new Inflater(true);
        try {
            // Buffers sized to the entry: a 1 KB receipt should not cost two zeroed 64 KiB arrays.
            byte[] in = new byte[(int) Math.min(CHUNK, Math.max(1, e.compressedSize()))];
            byte[] out = new byte[(int) Math.min(CHUNK, e.size() + 1)];
            long read = 0;
            long produced = 0;
            while (!inf.finished()) {
                if (inf.needsInput()) {
                    if (read >= e.compressedSize()) {
                        throw new BundleReadException(ZipError.BUNDLE_CORRUPT, e.name(), "A compressed entry ends early.");
                    }
                    int n = (int) Math.min(in.length, e.compressedSize() - read);
                    if (src.read(ByteBuffer.wrap(in, 0, n), e.dataOffset() + read) != n) {
                        throw new BundleReadException(ZipError.BUNDLE_TRUNCATED, e.name(), "The ZIP is cut off inside an entry.");
                    }
                    inf.setInput(in, 0, n);
                    read += n;
                }
                int n = inf.inflate(out, 0, (int) Math.min(out.length, e.size() - produced + 1));
                produced += n;
                if (produced > e.size()) {
                    throw new BundleReadException(ZipError.BUNDLE_EXPANSION_RATIO, e.name(),
                            "A compressed entry expands past its declared size: refused as a possible ZIP bomb.");
                }
                sink.accept(out, 0, n);
                if (n == 0 && inf.needsDictionary()) {
                    throw new BundleReadException(ZipError.BUNDLE_UNSUPPORTED_ENTRY, e.name(), "A compressed entry needs a preset dictionary.");
                }
            }
            if (produced != e.size()) {
                throw new BundleReadException(ZipError.BUNDLE_CORRUPT, e.name(), "A compressed entry is shorter than declared.");
            }
        } catch (DataFormatException ex) {
            throw new BundleReadException(ZipError.BUNDLE_CORRUPT, e.name(), "A compressed entry is not valid DEFLATE data.");
        } finally {
            inf.end();
        }
    }

    @Override
    public void close() {
        closeQuietly(src);
    }

    private static void closeQuietly(ZipSource s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // read-only source: nothing to lose on close
        }
    }
}
