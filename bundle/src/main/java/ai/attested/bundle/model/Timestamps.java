package ai.attested.bundle.model;

/**
 * The DESIGN.md §2.1.2 timestamp {@code yyyy-MM-ddTHH:mm:ss.SSSZ} read by hand: the verifier
 * reads one per receipt, and {@code java.time}'s general parser cost more per receipt than the
 * JSON parse. Accepts and rejects exactly what {@code Instant.parse} does on text of that shape
 * (any 4-digit year, real calendar days, 24:00:00.000 as the next midnight, a leap second
 * 23:59:60 read as :59), and gives the same epoch milliseconds; {@code TimestampsTest} holds it
 * to that.
 */
final class Timestamps {
    private static final int LENGTH = 24;

    private Timestamps() {}

    /** True when {@code v} has exactly the shape {@code dddd-dd-ddTdd:dd:dd.dddZ} (ASCII digits). */
    static boolean hasShape(String v) {
        if (v.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = v.charAt(i);
            char want = "dddd-dd-ddTdd:dd:dd.dddZ".charAt(i);
            if (want == 'd' ? c < '0' || c > '9' : c != want) {
                return false;
            }
        }
        return true;
    }

    /** Epoch milliseconds of a well-shaped timestamp, or {@code Long.MIN_VALUE} when it is no real date and time. */
    static long epochMillis(String v) {
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        int millis = digits(v, 20, 3);
        int extraDays = 0;
        if (hour == 24 && minute == 0 && second == 0 && millis == 0) {
            hour = 0;
            extraDays = 1;
        } else if (hour == 23 && minute == 59 && second == 60) {
            second = 59; // java.time reads a leap second as the second before it
        }
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            return Long.MIN_VALUE;
        }
        long days = epochDay(year, month, day) + extraDays;
        return ((days * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
    }

    private static int digits(String v, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n;
    }

    private static boolean isLeap(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (the algorithm of {@code LocalDate.toEpochDay}). */
    private static long epochDay(long year, int month, int day) {
        long total = 365 * year;
        if (year >= 0) {
            total += (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        } else {
            total -= year / -4 - year / -100 + year / -400;
        }
        total += (367 * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!isLeap(year)) {
                total--;
            }
        }
        return total - 719_528; // days from year 0 to 1970
    }
}
