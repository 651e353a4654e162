package ai.attested.bundle.seal;

import java.util.List;

/**
 * The outcome of {@link SealVerifier}: failures (the seal must not be trusted) and caveats (it
 * verifies, with a stated limit such as {@code DEVICE_TIME_ONLY}). Lists are in check order.
 */
public record SealCheck(List<SealFinding> failures, List<SealFinding> caveats) {
    public SealCheck {
        failures = List.copyOf(failures);
        caveats = List.copyOf(caveats);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /** The first failure code, for callers that report a single one. */
    public String firstFailureCode() {
        if (failures.isEmpty()) {
            throw new IllegalStateException("the seal passed; there is no failure code");
        }
        return failures.get(0).code();
    }

    public boolean hasFailure(String code) {
        return failures.stream().anyMatch(f -> f.code().equals(code));
    }

    public boolean hasCaveat(String code) {
        return caveats.stream().anyMatch(f -> f.code().equals(code));
    }
}
