package ai.attested.app.seal;

/**
 * Product limits on what may be sealed (seed 004 §12/§14 leave them open): text up to 25,000
 * characters by default, files of any size by default. Both configurable.
 */
public record SealLimits(int maxTextChars, long maxFileBytes) {
    public static final int DEFAULT_MAX_TEXT_CHARS = 25_000;

    public SealLimits {
        if (maxTextChars < 1 || maxFileBytes < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static SealLimits defaults() {
        return new SealLimits(DEFAULT_MAX_TEXT_CHARS, Long.MAX_VALUE);
    }
}
