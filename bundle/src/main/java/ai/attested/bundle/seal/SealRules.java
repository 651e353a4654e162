package ai.attested.bundle.seal;

import ai.attested.crypto.Hex;
import java.time.Instant;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The value rules of the seal format (docs/FORMATS.md), in one place so that records, codec and
 * QR payload enforce exactly the same ones. Each check throws {@link IllegalArgumentException}
 * whose message names the field; the codec turns that into {@code SEAL_SCHEMA_INVALID}.
 */
public final class SealRules {
    /** {@code format} value of this version. */
    public static final String FORMAT_V1 = "svault-seal/1";
    /** {@code prev_seal_hash} of the first seal of a vault. */
    public static final String GENESIS_PREV_HASH = "0".repeat(64);
    /** Largest integer a JSON number carries exactly (DESIGN §2.1.1). */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;
    /** Display names (file or folder names, text titles) are bounded. */
    public static final int MAX_NAME_CHARS = 1024;
    public static final int MAX_DESCRIPTION_CHARS = 2000;
    public static final int MAX_OPERATOR_CHARS = 64;

    private static final Pattern VAULT_ID = Pattern.compile("[0-9]{4}-[0-9]{5}-[0-9]{4}");
    private static final Pattern ISO_MS_Z =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z");

    private SealRules() {
    }

    public static String vaultId(String field, String value) {
        require(field, value);
        if (!VAULT_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must look like 1234-56789-0123, not \"" + clip(value) + "\"");
        }
        return value;
    }

    public static long seq(String field, long value) {
        if (value < 1 || value > MAX_SAFE_INTEGER) {
            throw new IllegalArgumentException(field + " must be an integer from 1 to 2^53-1, not " + value);
        }
        return value;
    }

    public static long nonNegative(String field, long value) {
        if (value < 0 || value > MAX_SAFE_INTEGER) {
            throw new IllegalArgumentException(field + " must be an integer from 0 to 2^53-1, not " + value);
        }
        return value;
    }

    public static String sha256Hex(String field, String value) {
        require(field, value);
        if (!Hex.isLowerHex(value, 64)) { // the same rule as [0-9a-f]{64}, without a regex per seal field
            throw new IllegalArgumentException(field + " must be 64 lowercase hex characters");
        }
        return value;
    }

    public static String keyId(String field, String value) {
        require(field, value);
        if (!Hex.isLowerHex(value, 16)) {
            throw new IllegalArgumentException(field + " must be 16 lowercase hex characters");
        }
        return value;
    }

    /** ISO 8601 UTC with exactly three fraction digits and {@code Z}, and a real calendar instant. */
    public static String isoMillis(String field, String value) {
        require(field, value);
        if (!ISO_MS_Z.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be ISO 8601 UTC with milliseconds, like 2026-02-11T12:00:00.000Z");
        }
        if (!plainlyValid(value)) { // every ordinary time passes here; the rest is judged by Instant.parse, as always
            try {
                Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(field + " is not a real date and time: " + value, e);
            }
        }
        return value;
    }

    /**
     * True for a {@code YYYY-MM-DDTHH:MM:SS.mmmZ} value (already matched) whose date exists and whose
     * time is 00:00:00.000 to 23:59:59.999: values {@link Instant#parse} accepts. Checked by hand
     * because parsing is most of the cost of reading a seal.
     */
    private static boolean plainlyValid(String v) {
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))
                && digits(v, 11, 2) <= 23 && digits(v, 14, 2) <= 59 && digits(v, 17, 2) <= 59;
    }

    private static int digits(String v, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n;
    }

    public static String text(String field, String value, int minChars, int maxChars) {
        require(field, value);
        int n = value.codePointCount(0, value.length());
        if (n < minChars || n > maxChars) {
            throw new IllegalArgumentException(field + " must have " + minChars + " to " + maxChars + " characters, not " + n);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    throw new IllegalArgumentException(field + " contains a lone surrogate (not valid Unicode text)");
                }
                i++;
            }
        }
        return value;
    }

    /** The first seal of a vault links to 64 zeros; no other seal may. */
    public static void genesisLink(long seq, String prevSealHash) {
        boolean zeros = GENESIS_PREV_HASH.equals(prevSealHash);
        if (seq == 1 && !zeros) {
            throw new IllegalArgumentException("prev_seal_hash of seal 1 must be 64 zeros");
        }
        if (seq > 1 && zeros) {
            throw new IllegalArgumentException("prev_seal_hash of seal " + seq + " must not be 64 zeros");
        }
    }

    public static void require(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
