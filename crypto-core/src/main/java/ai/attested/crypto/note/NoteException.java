package ai.attested.crypto.note;

import ai.attested.crypto.CodedException;

/** A signed note, verifier key or checkpoint was rejected. */
public final class NoteException extends CodedException {
    private static final long serialVersionUID = 1L;

    /** Why it was rejected. */
    public enum Code {
        /** The note is not well formed (encoding, layout, signature line syntax, too many signatures). */
        NOTE_MALFORMED,
        /** A signature by a known key does not verify; the whole note is rejected. */
        NOTE_SIGNATURE_INVALID,
        /** The note is well formed but no known key signed it. */
        NOTE_UNVERIFIED,
        /** Two different known keys share both the name and the key ID a signature names. */
        NOTE_VERIFIER_AMBIGUOUS,
        /** A verifier key string is malformed, has a wrong key ID or an unknown algorithm. */
        VERIFIER_KEY_INVALID,
        /** The note text is not a tlog-checkpoint body. */
        CHECKPOINT_MALFORMED
    }

    private final Code code;

    /** The message is the code, a colon and the sentence. */
    public NoteException(Code code, String sentence) {
        super(code.name(), code.name() + ": " + sentence, sentence, null);
        this.code = code;
    }

    /** The stable error code. */
    public Code code() {
        return code;
    }
}
