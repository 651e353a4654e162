package ai.attested.app.sentinel.measure;

import java.util.Objects;

/**
 * The {@code normalize} object of one FILE_DIGEST measurement spec. Normalisation works on bytes:
 * the only bytes it touches (CR, LF, space, tab) are single ASCII bytes in UTF-8, so the result is
 * the same as a character-level rewrite of UTF-8 text, and a BINARY file gets the same rules.
 * See docs/decisions/0050-sentinel-normalisation.md.
 */
public record Normalization(LineEndings lineEndings, boolean trimTrailingWhitespace, TextEncoding encoding) {

    /** Bytes hashed exactly as stored. */
    public static final Normalization AS_IS = new Normalization(LineEndings.NONE, false, TextEncoding.BINARY);

    public Normalization {
        Objects.requireNonNull(lineEndings, "lineEndings");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** True when the bytes go to the hash untouched (the fast path). */
    public boolean isIdentity() {
        return lineEndings == LineEndings.NONE && !trimTrailingWhitespace;
    }
}
