package ai.attested.crypto.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * ECMAScript 6 Number-to-String (ECMA-262 §7.1.12.1), as RFC 8785 requires for numbers.
 *
 * <p>Java 17's {@code Double.toString} does not always give the shortest round-trip digits (fixed
 * only in JDK 19), so this does not use it. Instead it finds the fewest significant digits whose
 * decimal value parses back to the same double, from the exact binary value with
 * {@link BigDecimal}; {@link Double#parseDouble} is correctly rounded on every Java 17+. When two
 * candidates of that length round-trip, the one closer to the exact value wins (ties: even digit
 * string), as ECMA-262 specifies.
 */
public final class Es6Numbers {
    private static final double TWO_53 = 9007199254740992.0;

    private Es6Numbers() {
    }

    /**
     * Formats a finite double the way JavaScript's {@code String(x)} does; -0 gives "0".
     *
     * @throws IllegalArgumentException for NaN and ±Infinity, which JSON cannot express
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("NaN and Infinity have no JSON form");
        }
        if (value == 0) {
            return "0";
        }
        if (Math.abs(value) < TWO_53 && value == Math.rint(value)) {
            return Long.toString((long) value); // integers below 2^53 print all their digits exactly
        }
        BigDecimal shortest = shortestDigits(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        StringBuilder out = new StringBuilder(32);
        if (value < 0) {
            out.append('-');
        }
        layout(out, digits, k, n);
        return out.toString();
    }

    private static void layout(StringBuilder out, String s, int k, int n) {
        if (k <= n && n <= 21) {
            out.append(s);
            for (int i = 0; i < n - k; i++) {
                out.append('0');
            }
        } else if (0 < n && n <= 21) {
            out.append(s, 0, n).append('.').append(s, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.");
            for (int i = 0; i < -n; i++) {
                out.append('0');
            }
            out.append(s);
        } else {
            int e = n - 1;
            out.append(s.charAt(0));
            if (k > 1) {
                out.append('.').append(s, 1, k);
            }
            out.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
    }

    /** The shortest decimal that round-trips to {@code positive}, trailing zeros stripped. */
    private static BigDecimal shortestDigits(double positive) {
        BigDecimal exact = new BigDecimal(positive);
        // A round-tripping n-digit decimal is also an (n+1)-digit one, so binary search is sound.
        int lo = 1;
        int hi = 17;
        BigDecimal best = candidate(exact, positive, 17); // always round-trips; best tracks candidate(hi)
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            BigDecimal c = candidate(exact, positive, mid);
            if (c != null) {
                best = c;
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return best.stripTrailingZeros();
    }

    /** The round-tripping {@code digits}-digit decimal closest to the exact value, or null. */
    private static BigDecimal candidate(BigDecimal exact, double target, int digits) {
        BigDecimal down = exact.round(new MathContext(digits, RoundingMode.DOWN));
        BigDecimal up = exact.round(new MathContext(digits, RoundingMode.UP));
        boolean downOk = Double.parseDouble(down.toString()) == target;
        boolean upOk = Double.parseDouble(up.toString()) == target;
        if (downOk && upOk && down.compareTo(up) != 0) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            if (cmp != 0) {
                return cmp < 0 ? down : up;
            }
            return down.unscaledValue().testBit(0) ? up : down;
        }
        if (downOk) {
            return down;
        }
        return upOk ? up : null;
    }
}
