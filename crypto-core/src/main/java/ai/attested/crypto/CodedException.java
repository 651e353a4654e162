package ai.attested.crypto;

/**
 * A refusal with a stable UPPER_SNAKE code and a plain sentence: the shape every hostile input is
 * answered with. Checked on purpose, so a refusal cannot be ignored. Subclasses keep a typed
 * {@code code()} (an enum or a String constant); {@link #codeName()} gives the code as text to
 * callers that handle several kinds at once.
 */
public abstract class CodedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String codeName;
    private final String sentence;

    /** The message is the sentence alone. */
    protected CodedException(String codeName, String sentence, Throwable cause) {
        this(codeName, sentence, sentence, cause);
    }

    /** For refusals whose {@link #getMessage()} already carries the code in front of the sentence. */
    protected CodedException(String codeName, String message, String sentence, Throwable cause) {
        super(message, cause);
        this.codeName = codeName;
        this.sentence = sentence;
    }

    /** The stable code as text, for example {@code TOO_DEEP}. */
    public final String codeName() {
        return codeName;
    }

    /** A plain sentence saying what was wrong, without the code. */
    public final String sentence() {
        return sentence;
    }

    @Override
    public String toString() {
        return codeName + ": " + sentence;
    }
}
