package ai.attested.crypto.keyfile;

import ai.attested.crypto.CodedException;

/** An encrypted key file refusal with a stable {@link KeyFileError} code and a plain sentence. */
public final class KeyFileException extends CodedException {
    private static final long serialVersionUID = 1L;
    private final KeyFileError code;

    public KeyFileException(KeyFileError code, String message) {
        this(code, message, null);
    }

    public KeyFileException(KeyFileError code, String message, Throwable cause) {
        super(code.name(), message, cause);
        this.code = code;
    }

    public KeyFileError code() {
        return code;
    }
}
