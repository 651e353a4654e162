package ai.attested.crypto.sig;

import java.security.GeneralSecurityException;

/**
 * Something that checks signatures. A bad signature throws, so a caller cannot ignore the
 * result by accident. Implementations are immutable and thread-safe.
 */
public interface PublicKeyVerify {
    /**
     * Returns normally only if {@code signature} is valid over {@code data}.
     *
     * @throws SignatureInvalidException if it is not
     */
    void verify(byte[] signature, byte[] data) throws GeneralSecurityException;
}
