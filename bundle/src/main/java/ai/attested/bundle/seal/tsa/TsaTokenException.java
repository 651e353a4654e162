package ai.attested.bundle.seal.tsa;

import ai.attested.crypto.CodedException;

/** An RFC 3161 token that does not verify, with a code from {@link ai.attested.bundle.seal.SealCodes}. */
public final class TsaTokenException extends CodedException {
    private static final long serialVersionUID = 1L;

    public TsaTokenException(String code, String message) {
        this(code, message, null);
    }

    public TsaTokenException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }

    public String code() {
        return codeName();
    }
}
