package ai.attested.bundle.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SealRules#isoMillis}'s hand-written fast path accepts and refuses exactly what {@link Instant#parse} does. */
class SealRulesTimeTest {

    private static boolean rulesAccept(String v) {
        try {
            SealRules.isoMillis("device_time", v);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean instantAccepts(String v) {
        try {
            Instant.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Test
    void everyDayOfEveryMonthAndEveryTimeBoundaryIsJudgedAsInstantParseJudgesIt() {
        List<String> values = new ArrayList<>();
        for (int year : new int[] {0, 1900, 1999, 2000, 2024, 2025, 2026, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    values.add("%04d-%02d-%02dT12:00:00.000Z".formatted(year, month, day));
                }
            }
        }
        for (String time : new String[] {"00:00:00.000", "23:59:59.999", "24:00:00.000", "23:60:00.000", "23:59:60.000",
                "12:59:60.500", "99:99:99.999", "00:00:59.000"}) {
            values.add("2026-12-31T" + time + "Z");
            values.add("2026-06-30T" + time + "Z");
        }
        int realDates = 0;
        for (String v : values) {
            assertThat(rulesAccept(v)).as(v).isEqualTo(instantAccepts(v));
            realDates += rulesAccept(v) && v.contains("T12:00:00.000Z") ? 1 : 0;
        }
        assertThat(realDates).isEqualTo(8 * 365 + 3); // 0, 2000 and 2024 are leap years; 1900 is not
    }
}
