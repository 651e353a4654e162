package ai.attested.app.sentinel.measure;

import ai.attested.app.AppException;

/**
 * The encoding a measured file must have (seed 004 §6.1). UTF-8 means the raw bytes must be valid
 * UTF-8 (checked, never transcoded); BINARY means any bytes.
 */
public enum TextEncoding {
    UTF_8("UTF-8"),
    BINARY("BINARY");

    private final String wire;

    TextEncoding(String wire) {
        this.wire = wire;
    }

    /** The value as written in policy JSON. */
    public String wire() {
        return wire;
    }

    public static TextEncoding fromWire(String value) {
        for (TextEncoding e : values()) {
            if (e.wire.equals(value)) {
                return e;
            }
        }
        throw new AppException("POLICY_NORMALIZE_INVALID",
                "encoding must be UTF-8 or BINARY, not '" + value + "'.");
    }
}
