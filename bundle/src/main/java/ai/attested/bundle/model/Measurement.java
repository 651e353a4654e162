package ai.attested.bundle.model;

import java.util.List;
import java.util.Objects;

/** A receipt's {@code measurement} (seed 004 §6.3): composite hash and the paths that differ. */
public record Measurement(String compositeHash, List<String> mismatchedPaths) {
    public Measurement {
        Objects.requireNonNull(compositeHash, "compositeHash");
        mismatchedPaths = List.copyOf(mismatchedPaths);
    }

    public static Measurement matching(String compositeHash) {
        return new Measurement(compositeHash, List.of());
    }
}
