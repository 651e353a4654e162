package ai.attested.bundle.seal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the files a folder seal covers, by the rules of docs/FORMATS.md §3: regular files below
 * the root, seed 003's exclusions applied, symbolic links never followed (inside or out of the
 * folder; each is listed as skipped), other special files skipped. Hashing is the caller's job.
 */
public final class FolderScanner {
    /** A regular file to hash: its canonical relative path, where it is, and its size when listed. */
    public record ScannedFile(String path, Path file, long size) {
    }

    /** The scan: files in canonical (UTF-8 byte) order, and skipped paths in the same order. */
    public record Scan(Path root, List<ScannedFile> files, List<FolderListing.Skipped> skipped) {
        public long totalBytes() {
            long sum = 0;
            for (ScannedFile f : files) {
                sum += f.size();
            }
            return sum;
        }
    }

    /** A path that cannot be represented in a record (newline in a name, undecodable bytes). */
    public static final class UnsupportedPathException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String path;

        public UnsupportedPathException(String path, String message) {
            super(message);
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    private FolderScanner() {
    }

    /**
     * Scans {@code folder}. The folder itself is resolved to its real path first (the operator
     * named it), everything below it is taken as it is on disk.
     */
    public static Scan scan(Path folder) throws IOException {
        Path root = folder.toRealPath();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("not a folder: " + folder);
        }
        List<ScannedFile> files = new ArrayList<>();
        List<FolderListing.Skipped> skipped = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        if (dir.equals(root)) {
                            return FileVisitResult.CONTINUE;
                        }
                        String rel = relative(root, dir);
                        if (PackageHash.isExcluded(rel, true)) {
                            skipped.add(new FolderListing.Skipped(rel, FolderListing.SkipReason.EXCLUDED));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        String rel = relative(root, file);
                        if (attrs.isSymbolicLink()) {
                            skipped.add(new FolderListing.Skipped(rel, FolderListing.SkipReason.SYMLINK));
                        } else if (!attrs.isRegularFile()) {
                            skipped.add(new FolderListing.Skipped(rel, FolderListing.SkipReason.NOT_REGULAR));
                        } else if (PackageHash.isExcluded(rel, false)) {
                            skipped.add(new FolderListing.Skipped(rel, FolderListing.SkipReason.EXCLUDED));
                        } else {
                            files.add(new ScannedFile(rel, file, attrs.size()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                        throw exc;
                    }
                });
        files.sort(Comparator.comparing(ScannedFile::path, PackageHash.UTF8_BYTE_ORDER));
        skipped.sort(Comparator.comparing(FolderListing.Skipped::path, PackageHash.UTF8_BYTE_ORDER));
        return new Scan(root, List.copyOf(files), List.copyOf(skipped));
    }

    static String relative(Path root, Path p) throws UnsupportedPathException {
        StringBuilder b = new StringBuilder();
        for (Path part : root.relativize(p)) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(part.toString());
        }
        String rel = b.toString();
        if (rel.indexOf('\uFFFD') >= 0) {
            throw new UnsupportedPathException(rel, "the name \"" + rel + "\" is not valid UTF-8 (or the JVM does not decode file"
                    + " names as UTF-8; run with LC_ALL=C.UTF-8); a folder seal needs UTF-8 names");
        }
        try {
            PackageHash.checkPath(rel);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedPathException(rel, "a folder seal cannot record this name: " + e.getMessage());
        }
        return rel;
    }
}
