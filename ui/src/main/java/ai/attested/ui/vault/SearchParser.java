package ai.attested.ui.vault;

import ai.attested.app.vault.SealQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the Vault view's one search box into the vault's {@link SealQuery}: a date (YYYY-MM-DD)
 * searches that UTC day, 8 or more hex digits search seal and subject hashes by prefix, anything
 * else searches names and descriptions.
 */
final class SearchParser {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{8,64}");

    private SearchParser() {}

    static SealQuery parse(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return SealQuery.ALL;
        }
        if (DATE.matcher(text).matches()) {
            try {
                LocalDate day = LocalDate.parse(text);
                return new SealQuery(null, null, day + "T00:00:00.000Z", day.plusDays(1) + "T00:00:00.000Z");
            } catch (DateTimeParseException e) {
                return SealQuery.text(text);
            }
        }
        if (HEX.matcher(text).matches()) {
            return SealQuery.hash(text);
        }
        return SealQuery.text(text);
    }
}
