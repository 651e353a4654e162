package ai.attested.bundle.seal;

/**
 * One file of a folder seal: its relative POSIX path (components joined by '/'), size in bytes
 * and lowercase hex SHA-256. {@link PackageHash#checkPath} says which paths are allowed.
 */
public record FolderEntry(String path, long size, String sha256) {
    public FolderEntry {
        PackageHash.checkPath(path);
        SealRules.nonNegative("size", size);
        SealRules.sha256Hex("sha256", sha256);
    }
}
