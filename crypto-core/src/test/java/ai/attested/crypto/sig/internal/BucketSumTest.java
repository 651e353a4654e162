package ai.attested.crypto.sig.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bucket sum against the plain definition Σ [zᵢ]Pᵢ by doubling and adding. */
class BucketSumTest {
    private static EdwardsPoint randomPoint(Random random) {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        byte[] pk = new byte[32];
        Ed25519.generatePublicKey(seed, 0, pk, 0);
        EdwardsPoint p = new EdwardsPoint();
        assertThat(p.decode(pk, 0)).isTrue();
        return p;
    }

    private static boolean same(EdwardsPoint a, EdwardsPoint b) {
        EdwardsPoint d = new EdwardsPoint();
        d.set(b);
        d.negate();
        d.add(a, new EdwardsPoint.Scratch());
        return d.isNeutral();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 40, 333})
    void equalsTheSumOfSingleMultiplications(int n) {
        Random random = new Random(n);
        EdwardsPoint[] points = new EdwardsPoint[n];
        long[] low = new long[n];
        long[] high = new long[n];
        EdwardsPoint.Scratch s = new EdwardsPoint.Scratch();
        EdwardsPoint expected = EdwardsPoint.neutral();
        for (int i = 0; i < n; i++) {
            points[i] = randomPoint(random);
            low[i] = i == 0 ? -1L : random.nextLong(); // all-ones digits in the low half once
            high[i] = i == 1 ? 0L : random.nextLong(); // a zero high half once
            BigInteger z = new BigInteger(Long.toUnsignedString(high[i])).shiftLeft(64)
                    .add(new BigInteger(Long.toUnsignedString(low[i])));
            EdwardsPoint term = new EdwardsPoint();
            term.set(points[i]);
            term.multiply(z, s);
            expected.add(term, s);
        }
        EdwardsPoint before = new EdwardsPoint();
        before.set(points[0]);
        EdwardsPoint sum = BucketSum.of(points, low, high, n, s);
        assertThat(same(sum, expected)).isTrue();
        assertThat(same(points[0], before)).as("inputs unchanged").isTrue();
        EdwardsPoint other = randomPoint(random);
        assertThat(same(sum, other)).as("the comparison can fail").isFalse();
    }

    @Test
    void digitsReadAcrossTheWordBoundary() {
        long low = 0xF000_0000_0000_0000L;
        long high = 0x5L;
        assertThat(BucketSum.digit(low, high, 60, 8)).isEqualTo(0x5F);
        assertThat(BucketSum.digit(low, high, 0, 8)).isEqualTo(0);
        assertThat(BucketSum.digit(low, high, 64, 3)).isEqualTo(5);
        assertThat(BucketSum.digit(-1L, -1L, 126, 7)).isEqualTo(3); // past bit 127 reads as zeros
    }

    @Test
    void theWindowGrowsWithTheNumberOfPoints() {
        assertThat(BucketSum.windowBits(1)).isLessThan(BucketSum.windowBits(512));
        assertThat(BucketSum.windowBits(512)).isLessThanOrEqualTo(BucketSum.windowBits(20000));
    }

    @Test
    void theOrderTimesAPointOfPrimeOrderIsNeutral() {
        EdwardsPoint b = new EdwardsPoint();
        byte[] base = new byte[32];
        java.util.Arrays.fill(base, (byte) 0x66);
        base[0] = 0x58;
        assertThat(b.decode(base, 0)).isTrue();
        b.multiply(Ed25519Encodings.L, new EdwardsPoint.Scratch());
        assertThat(b.isNeutral()).isTrue();
    }
}
