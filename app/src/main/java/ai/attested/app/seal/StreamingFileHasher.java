package ai.attested.app.seal;

import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongConsumer;

/**
 * SHA-256 of one file in constant memory: one reusable direct buffer per hasher, read through a
 * {@link FileChannel} (no heap copy on the read side; the JDK's SHA-256 intrinsic does the rest).
 * Not thread-safe: each hashing thread owns one.
 */
final class StreamingFileHasher {
    static final int BUFFER_BYTES = 1 << 20;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES);
    private final Sha256.Hasher hasher = Sha256.newHasher();

    /** A file's digest and the number of bytes actually read. */
    record Digest(String sha256, long bytes) {
    }

    /**
     * Hashes {@code file}, reporting bytes read to {@code progress} in steps of at most
     * {@link HashProgress#INTERVAL_BYTES}, checking {@code cancel} per chunk.
     */
    Digest hash(Path file, CancelToken cancel, LongConsumer progress) throws IOException {
        long total = 0;
        long unreported = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (true) {
                cancel.check();
                buffer.clear();
                int n = ch.read(buffer);
                if (n < 0) {
                    break;
                }
                buffer.flip();
                hasher.update(buffer);
                total += n;
                unreported += n;
                if (unreported >= HashProgress.INTERVAL_BYTES) {
                    progress.accept(unreported);
                    unreported = 0;
                }
            }
        }
        if (unreported > 0) {
            progress.accept(unreported);
        }
        return new Digest(Hex.encode(hasher.digest()), total);
    }
}
