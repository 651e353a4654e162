package ai.attested.bundle.zip;

/** Stable codes for a ZIP that {@link HardenedZipReader} refuses. Each is a whole-archive verdict. */
public enum ZipError {
    /** The file does not exist or cannot be read. */
    BUNDLE_UNREADABLE,
    /** Not a ZIP archive at all (no end-of-central-directory record, no ZIP signature). */
    BUNDLE_NOT_ZIP,
    /** Starts like a ZIP but ends early: the end records or an entry's data are cut off. */
    BUNDLE_TRUNCATED,
    /** ZIP structures contradict each other: headers disagree, entries overlap or leave gaps, hidden data. */
    BUNDLE_CORRUPT,
    /** An entry name is absolute, climbs with "..", uses backslashes, a drive letter, or control characters. */
    BUNDLE_PATH_UNSAFE,
    /** Two entries have the same name, also ignoring case and Unicode normalization. */
    BUNDLE_DUPLICATE_ENTRY,
    /** More entries than the bound. */
    BUNDLE_TOO_MANY_ENTRIES,
    /** One entry is larger than the bound. */
    BUNDLE_ENTRY_TOO_LARGE,
    /** All entries together are larger than the bound. */
    BUNDLE_TOO_LARGE,
    /** A compressed entry would expand more than the bound allows (a ZIP bomb). */
    BUNDLE_EXPANSION_RATIO,
    /** A symbolic or hard link entry. */
    BUNDLE_LINK_ENTRY,
    /** A directory, device, encrypted, multi-disk or unknown-compression entry. */
    BUNDLE_UNSUPPORTED_ENTRY,
    /** An entry's bytes do not match its CRC-32. */
    BUNDLE_CRC_MISMATCH
}
