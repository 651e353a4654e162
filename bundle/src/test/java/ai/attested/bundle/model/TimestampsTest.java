package ai.attested.bundle.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Timestamps} against the rule it replaced: the regex shape, then {@code Instant.parse}. */
class TimestampsTest {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    /** The previous rule's answer: not shaped, not real, or the epoch millis. */
    private static String before(String v) {
        if (!SHAPE.matcher(v).matches()) {
            return "shape";
        }
        try {
            return Long.toString(Instant.parse(v).toEpochMilli());
        } catch (DateTimeParseException e) {
            return "not real";
        }
    }

    private static String now(String v) {
        if (!Timestamps.hasShape(v)) {
            return "shape";
        }
        long millis = Timestamps.epochMillis(v);
        return millis == Long.MIN_VALUE ? "not real" : Long.toString(millis);
    }

    @Test
    void edgeCasesAgree() {
        String[] cases = {
            "2026-02-11T12:00:00.000Z", "1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z", "0000-01-01T00:00:00.000Z",
            "9999-12-31T23:59:59.999Z", "9999-12-31T24:00:00.000Z", "2024-02-29T00:00:00.000Z", "2023-02-29T00:00:00.000Z",
            "1900-02-29T00:00:00.000Z", "2000-02-29T00:00:00.000Z", "2026-04-31T00:00:00.000Z", "2026-00-10T00:00:00.000Z",
            "2026-13-10T00:00:00.000Z", "2026-01-00T00:00:00.000Z", "2026-01-32T00:00:00.000Z", "2026-06-30T24:00:00.000Z",
            "2026-06-30T24:00:00.001Z", "2026-06-30T24:01:00.000Z", "2026-06-30T25:00:00.000Z", "2026-06-30T23:60:00.000Z",
            "2026-06-30T23:59:60.000Z", "2026-06-30T23:59:60.999Z", "2026-06-30T22:59:60.000Z", "2026-06-30T23:58:60.000Z",
            "2026-06-30T23:59:61.000Z", "2026-06-30T00:00:99.000Z", "2026-6-30T00:00:00.000Z", "2026-06-30 00:00:00.000Z",
            "2026-06-30T00:00:00.000", "2026-06-30T00:00:00Z", "2026-06-30T00:00:00.0000Z", "2026-06-30T00:00:00.000z",
            "+2026-06-30T00:00:00.000Z", "2026-06-30T00:00:00.000+00:00", "２026-06-30T00:00:00.000Z", "", "2026-06-30T00:00:0a.000Z"
        };
        for (String c : cases) {
            assertThat(now(c)).as(c).isEqualTo(before(c));
        }
    }

    @Test
    void randomWellShapedTextAgrees() {
        Random random = new Random(2026);
        int real = 0;
        for (int n = 0; n < 100_000; n++) {
            String v = String.format("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62), random.nextInt(1000));
            String expected = before(v);
            assertThat(now(v)).as(v).isEqualTo(expected);
            real += expected.equals("not real") ? 0 : 1;
        }
        assertThat(real).as("both outcomes occur often").isBetween(20_000, 80_000);
    }
}
