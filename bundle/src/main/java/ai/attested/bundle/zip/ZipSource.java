package ai.attested.bundle.zip;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Positional, thread-safe reads from the archive bytes: a read-only file channel or a byte array. */
interface ZipSource extends AutoCloseable {
    long size() throws IOException;

    /** Fills {@code dst} from {@code position}; fewer bytes only at the end of the source. */
    int read(ByteBuffer dst, long position) throws IOException;

    @Override
    void close() throws IOException;

    static ZipSource of(FileChannel ch) {
        return new ZipSource() {
            @Override
            public long size() throws IOException {
                return ch.size();
            }

            @Override
            public int read(ByteBuffer dst, long position) throws IOException {
                int total = 0;
                while (dst.hasRemaining()) {
                    int n = ch.read(dst, position + total);
                    if (n < 0) {
                        break;
                    }
                    total += n;
                }
                return total;
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    static ZipSource of(byte[] bytes) {
        return new ZipSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public int read(ByteBuffer dst, long position) {
                if (position >= bytes.length) {
                    return 0;
                }
                int n = (int) Math.min(dst.remaining(), bytes.length - position);
                dst.put(bytes, (int) position, n);
                return n;
            }

            @Override
            public void close() {}
        };
    }
}
