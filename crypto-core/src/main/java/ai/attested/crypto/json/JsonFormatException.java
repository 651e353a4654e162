package ai.attested.crypto.json;

/** Strict JSON refusal with a stable {@link JsonError} code and a plain sentence. */
public final class JsonFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final JsonError code;

    public JsonFormatException(JsonError code, String message) {
        super(message);
        this.code = code;
    }

    public JsonFormatException(JsonError code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public JsonError code() {
        return code;
    }

    @Override
    public String toString() {
        return code + ": " + getMessage();
    }
}
