package ai.attested.bundle.seal;

/**
 * What was sealed: its kind, display name, size in bytes and SHA-256. For a folder, {@code sha256}
 * is the canonical package hash and {@link FolderInfo} says how many files it covers; it is
 * {@code null} exactly when the kind is not {@link SubjectKind#FOLDER}.
 */
public record SealSubject(SubjectKind kind, String name, long sizeBytes, String sha256, FolderInfo folder) {

    /** The folder-only part of a subject: file count and the package-hash algorithm id. */
    public record FolderInfo(long fileCount, String hashAlg) {
        public FolderInfo {
            SealRules.nonNegative("subject.file_count", fileCount);
            if (!PackageHash.ALGORITHM_ID.equals(hashAlg)) {
                throw new IllegalArgumentException("subject.hash_alg must be \"" + PackageHash.ALGORITHM_ID + "\"");
            }
        }
    }

    public SealSubject {
        SealRules.require("subject.kind", kind);
        SealRules.text("subject.name", name, 1, SealRules.MAX_NAME_CHARS);
        SealRules.nonNegative("subject.size_bytes", sizeBytes);
        SealRules.sha256Hex("subject.sha256", sha256);
        if ((kind == SubjectKind.FOLDER) != (folder != null)) {
            throw new IllegalArgumentException(kind == SubjectKind.FOLDER
                    ? "a FOLDER subject needs file_count and hash_alg"
                    : "only a FOLDER subject has file_count and hash_alg");
        }
    }

    public static SealSubject file(String name, long sizeBytes, String sha256) {
        return new SealSubject(SubjectKind.FILE, name, sizeBytes, sha256, null);
    }

    public static SealSubject text(String name, long utf8Bytes, String sha256) {
        return new SealSubject(SubjectKind.TEXT, name, utf8Bytes, sha256, null);
    }

    public static SealSubject folder(String name, long totalBytes, String packageHash, long fileCount) {
        return new SealSubject(SubjectKind.FOLDER, name, totalBytes, packageHash,
                new FolderInfo(fileCount, PackageHash.ALGORITHM_ID));
    }
}
