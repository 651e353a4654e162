package ai.attested.crypto.merkle;

import ai.attested.crypto.CodedException;

/**
 * A Merkle proof did not verify. Checked on purpose: a verification result cannot be ignored the
 * way a {@code boolean} can.
 */
public final class ProofException extends CodedException {
    private static final long serialVersionUID = 1L;

    /** Why a proof was rejected. */
    public enum Code {
        /** The inclusion proof is well formed but does not lead from the leaf to the root. */
        INCLUSION_PROOF_INVALID,
        /** The consistency proof is well formed but does not link the two roots. */
        CONSISTENCY_PROOF_INVALID,
        /** Sizes, index, hash lengths or path length cannot belong to any valid proof. */
        PROOF_MALFORMED
    }

    private final Code code;

    /** The message is the code, a colon and the sentence. */
    public ProofException(Code code, String sentence) {
        super(code.name(), code.name() + ": " + sentence, sentence, null);
        this.code = code;
    }

    /** The stable error code. */
    public Code code() {
        return code;
    }
}
