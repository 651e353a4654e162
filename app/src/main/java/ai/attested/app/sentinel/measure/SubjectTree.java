package ai.attested.app.sentinel.measure;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a watched folder as relative POSIX paths in {@link PathOrder#UTF8_BYTES} order.
 * Links are never followed; they and other non-regular entries are reported separately so the
 * caller decides (policy minting refuses them). Include globs use NIO glob syntax against the
 * relative path ({@code *} stays within one directory, {@code **} crosses directories); no globs
 * means every regular file.
 */
public final class SubjectTree {
    private final Path root;
    private final List<PathMatcher> includes;
    private final List<String> globs;

    public SubjectTree(Path root, List<String> includeGlobs) {
        this.root = root.toAbsolutePath().normalize();
        this.globs = List.copyOf(includeGlobs);
        List<PathMatcher> m = new ArrayList<>();
        for (String g : includeGlobs) {
            m.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        }
        this.includes = List.copyOf(m);
    }

    public Path root() {
        return root;
    }

    public List<String> includeGlobs() {
        return globs;
    }

    /** True when {@code relativePath} is selected by the include globs. */
    public boolean included(String relativePath) {
        if (includes.isEmpty()) {
            return true;
        }
        Path p = Path.of(relativePath);
        for (PathMatcher m : includes) {
            if (m.matches(p)) {
                return true;
            }
        }
        return false;
    }

    /** Resolves a relative POSIX path inside the root. */
    public Path resolve(String relativePath) {
        return root.resolve(relativePath.replace('/', root.getFileSystem().getSeparator().charAt(0)));
    }

    /** Relative POSIX form of a path under the root. */
    public String relative(Path absolute) {
        Path rel = root.relativize(absolute);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    /** Lists the tree (or the subtree at {@code relativeDir}, "" for all). */
    public Listing list(String relativeDir) throws IOException {
        Path start = relativeDir.isEmpty() ? root : resolve(relativeDir);
        List<String> files = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
            return new Listing(List.of(), List.of(), List.of());
        }
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                dirs.add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(file);
                if (!included(rel)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    files.add(rel);
                } else {
                    others.add(rel);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof java.nio.file.NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // vanished while walking; the next tick sees it
                }
                throw exc;
            }
        });
        files.sort(PathOrder.UTF8_BYTES);
        others.sort(PathOrder.UTF8_BYTES);
        return new Listing(List.copyOf(files), List.copyOf(others), List.copyOf(dirs));
    }

    /** Regular files, other entries (links, devices, sockets) and the directories visited. */
    public record Listing(List<String> regularFiles, List<String> nonRegular, List<Path> directories) {
    }
}
