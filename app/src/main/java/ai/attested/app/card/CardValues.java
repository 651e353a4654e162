package ai.attested.app.card;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How model values are written on a card. */
final class CardValues {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private CardValues() {
    }

    /** ISO 8601 UTC with milliseconds, exactly as in the seal JSON (design §2.1). */
    static String time(Instant t) {
        return ISO_MILLIS.format(t);
    }

    /** The first and last {@code groups} groups of four hex digits: {@code 3f2a 9c1b … 77e0 d4aa}. */
    static String hashSummary(String hex, int groups) {
        StringBuilder s = new StringBuilder();
        for (int g = 0; g < groups; g++) {
            s.append(hex, g * 4, g * 4 + 4).append(' ');
        }
        s.append(CardText.ELLIPSIS);
        for (int g = groups; g > 0; g--) {
            s.append(' ').append(hex, hex.length() - g * 4, hex.length() - g * 4 + 4);
        }
        return s.toString();
    }

    /** A key id in groups of four: {@code 0123 4567 89ab cdef}. */
    static String grouped(String hex) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(hex, i, Math.min(hex.length(), i + 4));
        }
        return s.toString();
    }
}
