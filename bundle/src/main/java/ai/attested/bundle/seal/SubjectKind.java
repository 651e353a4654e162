package ai.attested.bundle.seal;

/** What a seal's subject is. The JSON spelling is the constant's name. */
public enum SubjectKind {
    /** One file: its bytes, as stored. */
    FILE,
    /** A text: its UTF-8 bytes (no normalization, no trailing newline added). */
    TEXT,
    /** A folder: the canonical package hash over its files ({@link PackageHash}). */
    FOLDER
}
