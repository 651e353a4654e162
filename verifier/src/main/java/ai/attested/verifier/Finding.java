package ai.attested.verifier;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found: the check step that found it (V1..V7), a stable UPPER_SNAKE code, the
 * bundle path (or event type) it concerns, and a plain sentence.
 */
public final class Finding {
    private final int step;
    private final String code;
    private final String path;
    private final String message;

    public Finding(int step, String code, String path, String message) {
        if (step < 1 || step > 7) {
            throw new IllegalArgumentException("step must be V1..V7");
        }
        this.step = step;
        this.code = Objects.requireNonNull(code, "code");
        this.path = path;
        this.message = Objects.requireNonNull(message, "message");
    }

    /** 1..7 for V1..V7 of seed 004 §10. */
    public int step() {
        return step;
    }

    public String code() {
        return code;
    }

    /** The bundle path, entry name or event type concerned, when there is one. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    public String message() {
        return message;
    }

    /** {@code error_code: CODE (path)}, the report line. */
    public String line() {
        return "error_code: " + code + (path == null ? "" : " (" + path + ")");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Finding)) {
            return false;
        }
        Finding f = (Finding) o;
        return step == f.step && code.equals(f.code) && Objects.equals(path, f.path) && message.equals(f.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(step, code, path, message);
    }

    @Override
    public String toString() {
        return "V" + step + " " + line() + ": " + message;
    }
}
