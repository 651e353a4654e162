package ai.attested.app.vault;

import java.util.Locale;

/**
 * A search over the vault's seals; every part is optional (null = any). Results are newest first.
 *
 * @param text case-insensitive substring of the subject name or the description
 * @param hashPrefix lowercase hex prefix of the seal hash or of the subject hash
 * @param fromTime inclusive lower bound on device time (ISO 8601 UTC, compared as text)
 * @param toTime exclusive upper bound on device time
 */
public record SealQuery(String text, String hashPrefix, String fromTime, String toTime) {

    public static final SealQuery ALL = new SealQuery(null, null, null, null);

    public SealQuery {
        text = blankToNull(text);
        hashPrefix = blankToNull(hashPrefix);
        if (hashPrefix != null) {
            hashPrefix = hashPrefix.toLowerCase(Locale.ROOT);
            if (!hashPrefix.matches("[0-9a-f]{1,64}")) {
                throw new ai.attested.app.AppException("SEARCH_HASH_INVALID", "A hash search takes 1 to 64 hex digits.");
            }
        }
        fromTime = blankToNull(fromTime);
        toTime = blankToNull(toTime);
    }

    public static SealQuery text(String text) {
        return new SealQuery(text, null, null, null);
    }

    public static SealQuery hash(String prefix) {
        return new SealQuery(null, prefix, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
