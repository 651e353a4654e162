package ai.attested.crypto.keyfile;

/**
 * scrypt cost parameters. Writing uses {@link #DEFAULT}; reading accepts any parameters within
 * the bounds below, so that a hostile file cannot make the reader allocate gigabytes.
 *
 * @param log2N CPU/memory cost exponent (N = 2^log2N)
 * @param r block size
 * @param p parallelization
 */
public record ScryptParams(int log2N, int r, int p) {
    /** N = 2^17, r = 8, p = 1: 128 MiB, the OWASP-recommended minimum for scrypt. */
    public static final ScryptParams DEFAULT = new ScryptParams(17, 8, 1);
    /** N = 2^15, r = 8, p = 1: 32 MiB, the weakest a file may use. */
    public static final ScryptParams MINIMUM = new ScryptParams(15, 8, 1);

    static final int MIN_LOG2_N = 15;
    static final int MAX_LOG2_N = 20;
    static final int MAX_R = 16;
    static final int MAX_P = 4;

    /** @throws IllegalArgumentException when outside log2N 15..20, r 8..16, p 1..4 */
    public ScryptParams {
        if (log2N < MIN_LOG2_N || log2N > MAX_LOG2_N || r < 8 || r > MAX_R || p < 1 || p > MAX_P) {
            throw new IllegalArgumentException("scrypt parameters outside log2N 15..20, r 8..16, p 1..4: " + log2N + "/" + r + "/" + p);
        }
    }

    public int n() {
        return 1 << log2N;
    }
}
