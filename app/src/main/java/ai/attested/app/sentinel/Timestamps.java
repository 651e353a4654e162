package ai.attested.app.sentinel;

import ai.attested.app.AppException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** ISO 8601 UTC timestamps with milliseconds and {@code Z} (DESIGN.md §2.1.2). */
public final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Parses any ISO 8601 instant ({@code Z} or an offset); a bad value is {@code code}. */
    public static Instant parse(String value, String code) {
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e2) {
                throw new AppException(code, "'" + value + "' is not an ISO 8601 time such as 2026-02-11T12:00:00.000Z.");
            }
        }
    }
}
