package ai.attested.crypto.sig;

import java.security.GeneralSecurityException;

/** A signature did not verify: wrong length, non-canonical, or not made by this key over these bytes. */
public final class SignatureInvalidException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    public SignatureInvalidException(String message) {
        super(message);
    }

    public SignatureInvalidException(String message, Throwable cause) {
        super(message, cause);
    }
}
