package ai.attested.app.sentinel.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * What {@code stat} says about a file, used to decide whether it must be rehashed. On POSIX systems
 * it includes the inode change time (ctime) and inode number: every write or attribute change moves
 * ctime, and user programs cannot set it back, so a change that restores size and mtime is still
 * seen. Elsewhere it falls back to size, mtime, creation time and file key, and the periodic full
 * rehash is the backstop (docs/decisions/0051-sentinel-change-detection.md).
 */
public record Fingerprint(long size, long mtimeNanos, long ctimeNanos, Object fileKey, boolean regularFile) {

    private static final boolean UNIX = Path.of("").getFileSystem().supportedFileAttributeViews().contains("unix");

    /** True when ctime and inode are available here. */
    public static boolean strong() {
        return UNIX;
    }

    /** Reads the fingerprint without following links; a missing file throws NoSuchFileException. */
    public static Fingerprint of(Path file) throws IOException {
        if (UNIX) {
            Map<String, Object> a = Files.readAttributes(file,
                    "unix:size,lastModifiedTime,ctime,ino,dev,isRegularFile", LinkOption.NOFOLLOW_LINKS);
            long ino = (Long) a.get("ino");
            long dev = (Long) a.get("dev");
            return new Fingerprint((Long) a.get("size"),
                    nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")),
                    dev + ":" + ino, (Boolean) a.get("isRegularFile"));
        }
        BasicFileAttributes b = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new Fingerprint(b.size(), nanos(b.lastModifiedTime()), nanos(b.creationTime()),
                b.fileKey(), b.isRegularFile());
    }

    private static long nanos(Object fileTime) {
        java.nio.file.attribute.FileTime t = (java.nio.file.attribute.FileTime) fileTime;
        java.time.Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
