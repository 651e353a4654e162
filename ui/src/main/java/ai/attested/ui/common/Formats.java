package ai.attested.ui.common;

import java.time.Duration;
import java.util.Locale;

/** Human-readable sizes, rates and durations for progress displays. */
public final class Formats {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Formats() {}

    public static String bytes(long n) {
        double v = n;
        int unit = 0;
        while (v >= 1024 && unit < UNITS.length - 1) {
            v /= 1024;
            unit++;
        }
        return unit == 0 ? n + " B" : String.format(Locale.ROOT, "%.1f %s", v, UNITS[unit]);
    }

    public static String rate(double bytesPerSecond) {
        return bytes((long) bytesPerSecond) + "/s";
    }

    public static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return s + " s";
    }

    /** The first and last {@code n} characters of a hex digest, for places too small for all 64. */
    public static String shortHash(String hex, int n) {
        return hex.length() <= 2 * n + 1 ? hex : hex.substring(0, n) + "…" + hex.substring(hex.length() - n);
    }
}
