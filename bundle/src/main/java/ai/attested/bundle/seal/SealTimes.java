package ai.attested.bundle.seal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The one timestamp form of the formats: ISO 8601 UTC, exactly three fraction digits, {@code Z}. */
public final class SealTimes {
    private static final DateTimeFormatter ISO_MS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SealTimes() {
    }

    /** Formats {@code t}, truncated (never rounded) to milliseconds. */
    public static String format(Instant t) {
        return ISO_MS.format(t.truncatedTo(ChronoUnit.MILLIS));
    }
}
