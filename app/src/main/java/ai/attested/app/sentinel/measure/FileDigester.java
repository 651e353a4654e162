package ai.attested.app.sentinel.measure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Computes {@link FileDigest}s: streams the file once, validating UTF-8 when required and applying
 * the normalisation on the way into SHA-256. Never follows a symbolic link (the open fails instead).
 * One instance per thread: it reuses its read buffer.
 */
public final class FileDigester {
    private static final int BUFFER = 1 << 18;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private final MessageDigest md;

    public FileDigester() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** Digests {@code file} under {@code normalization}; an I/O error (including a missing file) is thrown as is. */
    public FileDigest digest(Path file, Normalization normalization) throws IOException {
        md.reset();
        Utf8Validator utf8 = normalization.encoding() == TextEncoding.UTF_8 ? new Utf8Validator() : null;
        NormalizingHasher normalizer = normalization.isIdentity() ? null : new NormalizingHasher(md, normalization);
        long size = 0;
        FileTime modified;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            modified = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .lastModifiedTime();
            byte[] array = buffer.array();
            int n;
            while ((n = ch.read(buffer.clear())) != -1) {
                if (n == 0) {
                    continue;
                }
                size += n;
                if (utf8 != null) {
                    utf8.accept(array, 0, n);
                }
                if (normalizer != null) {
                    normalizer.accept(array, 0, n);
                } else {
                    md.update(array, 0, n);
                }
            }
        }
        byte[] sha = normalizer != null ? normalizer.finish() : md.digest();
        long invalidAt = utf8 != null ? utf8.finish() : -1;
        return new FileDigest(sha, size, modified, invalidAt);
    }
}
