package ai.attested.app.sentinel.measure;

import ai.attested.app.AppException;

/**
 * How a measured file's line terminators are normalised before hashing (seed 004 §6.1). Every
 * terminator (CR LF, lone LF, lone CR) is recognised; LF and CRLF rewrite all of them to one form,
 * NONE leaves the bytes as they are.
 */
public enum LineEndings {
    LF("LF"),
    CRLF("CRLF"),
    NONE("NONE");

    private final String wire;

    LineEndings(String wire) {
        this.wire = wire;
    }

    /** The value as written in policy JSON. */
    public String wire() {
        return wire;
    }

    public static LineEndings fromWire(String value) {
        for (LineEndings e : values()) {
            if (e.wire.equals(value)) {
                return e;
            }
        }
        throw new AppException("POLICY_NORMALIZE_INVALID",
                "line_endings must be LF, CRLF or NONE, not '" + value + "'.");
    }
}
