package ai.attested.app.operator;

import ai.attested.app.AppException;
import java.text.Normalizer;

/**
 * The operator's username: 3 to 32 letters, digits, '.', '_' or '-', starting with a letter or
 * digit, NFC-normalized, and clean by the {@link BadWordsFilter}.
 */
public final class OperatorName {

    private OperatorName() {}

    /** The normalized username, or {@code USERNAME_INVALID} / {@code BAD_WORD}. */
    public static String validate(String raw, BadWordsFilter filter) {
        String name = raw == null ? "" : Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (!name.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{2,31}")) {
            throw new AppException("USERNAME_INVALID", "A username has 3 to 32 letters, digits, '.', '_' or '-',"
                    + " and starts with a letter or digit.");
        }
        filter.requireClean(name, "username");
        return name;
    }
}
