package ai.attested.crypto.sig.internal;

import java.util.Arrays;

/**
 * Σ zᵢPᵢ for many points and 128-bit scalars by the bucket method (Pippenger): the scalars are
 * cut into windows of c bits; per window each point is added once into the bucket of its digit,
 * and the buckets are summed with their weights by two running sums. About n·128/c + 2^(c+1)·128/c
 * additions in all, instead of about 128 doublings and 64 additions per point.
 */
final class BucketSum {
    private static final int SCALAR_BITS = 128;

    private BucketSum() {
    }

    /** Σ zᵢPᵢ for i < n, zᵢ = zHigh[i]·2⁶⁴ + zLow[i] (unsigned). The points are not changed. */
    static EdwardsPoint of(EdwardsPoint[] points, long[] zLow, long[] zHigh, int n, EdwardsPoint.Scratch s) {
        int c = windowBits(n);
        int windows = (SCALAR_BITS + c - 1) / c;
        EdwardsPoint[] buckets = new EdwardsPoint[1 << c];
        for (int d = 1; d < buckets.length; d++) {
            buckets[d] = new EdwardsPoint();
        }
        boolean[] filled = new boolean[1 << c];
        EdwardsPoint acc = EdwardsPoint.neutral();
        EdwardsPoint running = new EdwardsPoint();
        EdwardsPoint windowSum = new EdwardsPoint();
        for (int w = windows - 1; w >= 0; w--) {
            for (int i = 0; i < c && w != windows - 1; i++) {
                acc.add(acc, s);
            }
            Arrays.fill(filled, false);
            for (int i = 0; i < n; i++) {
                int d = digit(zLow[i], zHigh[i], w * c, c);
                if (d == 0) {
                    continue;
                }
                if (filled[d]) {
                    buckets[d].add(points[i], s);
                } else {
                    buckets[d].set(points[i]);
                    filled[d] = true;
                }
            }
            // Σ d·bucket[d] = Σ over d of (bucket[top] + … + bucket[d]).
            running.setNeutral();
            windowSum.setNeutral();
            boolean started = false;
            for (int d = buckets.length - 1; d >= 1; d--) {
                if (filled[d]) {
                    running.add(buckets[d], s);
                    started = true;
                }
                if (started) {
                    windowSum.add(running, s);
                }
            }
            acc.add(windowSum, s);
        }
        return acc;
    }

    /** Bits [bit, bit + c) of the 128-bit number (high:low). */
    static int digit(long low, long high, int bit, int c) {
        long v;
        if (bit >= 64) {
            v = high >>> (bit - 64);
        } else {
            v = low >>> bit;
            if (bit > 0 && bit + c > 64) {
                v |= high << (64 - bit);
            }
        }
        return (int) (v & ((1L << c) - 1));
    }

    /** The window width with the fewest additions for n points. */
    static int windowBits(int n) {
        int best = 1;
        long bestCost = Long.MAX_VALUE;
        for (int c = 1; c <= 12; c++) {
            long windows = (SCALAR_BITS + c - 1) / c;
            long cost = windows * (n + (2L << c)) + (long) c * windows;
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }
}
