package ai.attested.crypto.json;

/** Why {@link StrictJson} refused an input. Each constant is a distinct, stable error code. */
public enum JsonError {
    /** Not JSON: bad syntax, a leading byte-order mark, a raw NUL byte, unescaped control characters. */
    MALFORMED,
    /** An object names the same key twice. */
    DUPLICATE_KEY,
    /** The bytes are not well-formed UTF-8, or a string escapes a lone surrogate. */
    INVALID_UTF8,
    /** NaN, Infinity, or a number too large for a double. */
    NON_FINITE_NUMBER,
    /** An integer outside ±(2^53−1), which a double cannot hold exactly. */
    INTEGER_OUT_OF_RANGE,
    /** Something other than whitespace follows the value. */
    TRAILING_CONTENT,
    /** Arrays and objects nest deeper than the bound. */
    TOO_DEEP,
    /** The input is longer than the byte bound. */
    TOO_LARGE
}
