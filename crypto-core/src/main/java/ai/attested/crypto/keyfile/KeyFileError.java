package ai.attested.crypto.keyfile;

/** Why an encrypted key file could not be written or read. Stable codes. */
public enum KeyFileError {
    /** The passphrase does not open this file (its check value does not match). */
    WRONG_PASSPHRASE,
    /** The file is not a well-formed key file, or its contents were changed after writing. */
    KEY_FILE_CORRUPT,
    /** A key file of a format version this build does not know. */
    KEY_FILE_UNSUPPORTED_VERSION,
    /** KDF or cipher parameters this build does not accept (unknown name, or cost outside the allowed bounds). */
    KEY_FILE_UNSUPPORTED_KDF,
    /** No file at the path. */
    KEY_FILE_NOT_FOUND,
    /** On POSIX, the file is accessible to group or others. */
    KEY_FILE_PERMISSIONS,
    /** Writing would replace an existing key file. */
    KEY_FILE_EXISTS,
    /** The file system failed while reading or writing. */
    KEY_FILE_IO
}
