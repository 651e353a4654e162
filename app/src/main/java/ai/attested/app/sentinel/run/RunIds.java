package ai.attested.app.sentinel.run;

import ai.attested.app.sentinel.Timestamps;
import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * run_id (seed 004 §6.3: 16–64 hex): 128 random bits for a real run; under a simulated clock,
 * the first 128 bits of SHA-256("svault/run_id/v1\n" ‖ policy_id ‖ "\n" ‖ start time), so two runs of
 * the same policy from the same fixed start share it and their bundles are byte-identical. Either
 * way it is stored in the run directory and never recomputed (seed 004 §5).
 */
public final class RunIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {
    }

    public static String random() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Hex.encode(b);
    }

    public static String derived(String policyId, Instant start) {
        String input = "svault/run_id/v1\n" + policyId + "\n" + Timestamps.format(start);
        return Hex.encode(Sha256.digest(input.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    }
}
