package ai.attested.bundle.seal;

import ai.attested.crypto.CodedException;

/**
 * A seal, folder listing or QR payload that does not follow its format, with a stable code
 * (UPPER_SNAKE) and a plain sentence naming the offending field.
 */
public final class SealFormatException extends CodedException {
    private static final long serialVersionUID = 1L;

    /** Not strict JSON at all (syntax, duplicate key, bad UTF-8, too deep or too large). */
    public static final String SEAL_JSON_INVALID = "SEAL_JSON_INVALID";
    /** A required field is missing, has the wrong type, or a value outside its rules. */
    public static final String SEAL_SCHEMA_INVALID = "SEAL_SCHEMA_INVALID";
    /** The {@code format} is not one this code reads. */
    public static final String SEAL_FORMAT_UNSUPPORTED = "SEAL_FORMAT_UNSUPPORTED";
    /** A folder file listing that breaks its format. */
    public static final String FOLDER_LISTING_INVALID = "FOLDER_LISTING_INVALID";
    /** A QR payload string that does not follow the SV1 grammar. */
    public static final String QR_PAYLOAD_INVALID = "QR_PAYLOAD_INVALID";

    public SealFormatException(String code, String message) {
        this(code, message, null);
    }

    public SealFormatException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }

    public String code() {
        return codeName();
    }
}
