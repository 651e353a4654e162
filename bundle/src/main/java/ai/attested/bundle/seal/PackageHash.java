package ai.attested.bundle.seal;

import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The canonical package hash of seed 003, as Sovereign Vault pins it (docs/FORMATS.md §3):
 * one record {@code path "\n" size "\n" sha256hex "\n"} per file, files ordered by the
 * unsigned bytes of the UTF-8 path (so {@code "a-b"} (0x2d) sorts before {@code "a/b"} (0x2f)),
 * SHA-256 over the concatenated records.
 */
public final class PackageHash {
    /** The {@code subject.hash_alg} of folder seals. */
    public static final String ALGORITHM_ID = "svault-package-sha256/1";

    /** Unsigned lexicographic order of the UTF-8 bytes of two paths. */
    public static final Comparator<String> UTF8_BYTE_ORDER = (a, b) -> Arrays.compareUnsigned(utf8(a), utf8(b));

    private PackageHash() {
    }

    /** The package hash of {@code entries} (any order; they are sorted here). Duplicate paths are refused. */
    public static String compute(List<FolderEntry> entries) {
        List<FolderEntry> sorted = sorted(entries);
        Sha256.Hasher h = Sha256.newHasher();
        for (FolderEntry e : sorted) {
            h.update(record(e));
        }
        return Hex.encode(h.digest());
    }

    /** A copy of {@code entries} in canonical (UTF-8 byte) order; duplicate paths are refused. */
    public static List<FolderEntry> sorted(List<FolderEntry> entries) {
        List<Keyed> keyed = new ArrayList<>(entries.size());
        for (FolderEntry e : entries) {
            keyed.add(new Keyed(utf8(e.path()), e));
        }
        keyed.sort((x, y) -> Arrays.compareUnsigned(x.key, y.key));
        List<FolderEntry> out = new ArrayList<>(keyed.size());
        for (int i = 0; i < keyed.size(); i++) {
            if (i > 0 && Arrays.equals(keyed.get(i - 1).key, keyed.get(i).key)) {
                throw new IllegalArgumentException("path listed twice: " + keyed.get(i).entry.path());
            }
            out.add(keyed.get(i).entry);
        }
        return out;
    }

    /** The bytes one file contributes: {@code path\nsize\nsha256hex\n} in UTF-8. */
    public static byte[] record(FolderEntry e) {
        return (e.path() + "\n" + e.size() + "\n" + e.sha256() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A path a record can carry unambiguously: relative, '/'-separated, no empty, "." or ".."
     * component, and no NUL, newline or carriage return (the record separator) and no lone
     * surrogate (not encodable as UTF-8).
     */
    public static void checkPath(String path) {
        SealRules.require("path", path);
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
            throw new IllegalArgumentException("path must be relative and name a file: \"" + SealRules.clip(path) + "\"");
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("path has an empty, \".\" or \"..\" component: \"" + SealRules.clip(path) + "\"");
            }
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == 0 || c == '\n' || c == '\r') {
                throw new IllegalArgumentException("path contains NUL, newline or carriage return: \"" + SealRules.clip(path) + "\"");
            }
        }
        SealRules.text("path", path, 1, 4096);
    }

    /**
     * Seed 003's exclusions: {@code manifest.json}, {@code manifest.sig} and {@code manifest.tmp}
     * at the folder root; any directory named {@code .git} or {@code __pycache__}; any file named
     * {@code .DS_Store} or ending in {@code .pyc}.
     *
     * @param relativePath the '/'-separated path below the root
     * @param directory whether it names a directory
     */
    public static boolean isExcluded(String relativePath, boolean directory) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        if (directory) {
            return name.equals(".git") || name.equals("__pycache__");
        }
        if (relativePath.equals(name)
                && (name.equals("manifest.json") || name.equals("manifest.sig") || name.equals("manifest.tmp"))) {
            return true;
        }
        return name.equals(".DS_Store") || name.endsWith(".pyc");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final class Keyed {
        final byte[] key;
        final FolderEntry entry;

        Keyed(byte[] key, FolderEntry entry) {
            this.key = key;
            this.entry = entry;
        }
    }
}
