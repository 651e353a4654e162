package ai.attested.crypto.keyfile;

/** An encrypted key file refusal with a stable {@link KeyFileError} code and a plain sentence. */
public final class KeyFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final KeyFileError code;

    public KeyFileException(KeyFileError code, String message) {
        super(message);
        this.code = code;
    }

    public KeyFileException(KeyFileError code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public KeyFileError code() {
        return code;
    }

    @Override
    public String toString() {
        return code + ": " + getMessage();
    }
}
