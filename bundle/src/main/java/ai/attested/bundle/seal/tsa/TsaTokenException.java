package ai.attested.bundle.seal.tsa;

/** An RFC 3161 token that does not verify, with a code from {@link ai.attested.bundle.seal.SealCodes}. */
public final class TsaTokenException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;

    public TsaTokenException(String code, String message) {
        super(message);
        this.code = code;
    }

    public TsaTokenException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
