package ai.attested.app;

import ai.attested.crypto.CodedException;

/**
 * A failure a user can cause or meet, with a stable machine-readable code (UPPER_SNAKE) and a plain
 * sentence. The CLI prints both; the desktop app shows both in a dialog.
 */
public class AppException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public AppException(String code, String message) {
        super(message);
        this.code = code;
    }

    public AppException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Passes a lower layer's refusal on: its code, and its sentence after {@code context} and a colon. */
    public static AppException passing(String context, CodedException refusal) {
        return new AppException(refusal.codeName(), context + ": " + refusal.sentence(), refusal);
    }

    public String code() {
        return code;
    }
}
