package ai.attested.crypto.json;

import ai.attested.crypto.CodedException;

/** Strict JSON refusal with a stable {@link JsonError} code and a plain sentence. */
public final class JsonFormatException extends CodedException {
    private static final long serialVersionUID = 1L;
    private final JsonError code;

    public JsonFormatException(JsonError code, String message) {
        this(code, message, null);
    }

    public JsonFormatException(JsonError code, String message, Throwable cause) {
        super(code.name(), message, cause);
        this.code = code;
    }

    public JsonError code() {
        return code;
    }
}
