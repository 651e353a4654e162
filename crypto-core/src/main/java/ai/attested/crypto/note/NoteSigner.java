package ai.attested.crypto.note;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Signs note text with an Ed25519 key under a key name (c2sp.org/signed-note, type 0x01).
 *
 * <p>Ed25519 is deterministic, so the same key and text always give byte-identical notes.
 * The seed is kept only inside this object; nothing here logs or exposes it.
 */
public final class NoteSigner {
    private final byte[] seed;
    private final NoteVerifierKey verifierKey;

    private NoteSigner(byte[] seed, NoteVerifierKey verifierKey) {
        this.seed = seed;
        this.verifierKey = verifierKey;
    }

    /**
     * A signer for the Ed25519 private key with the given 32-byte seed (RFC 8032 private key).
     *
     * @throws IllegalArgumentException if the name is not a valid key name or the seed is not 32 bytes
     */
    public static NoteSigner ed25519(String name, byte[] seed) {
        if (seed == null || seed.length != Ed25519Note.SEED_SIZE) {
            throw new IllegalArgumentException("NOTE_SIGNER_INVALID: an Ed25519 private key seed is 32 bytes");
        }
        byte[] ownSeed = seed.clone();
        return new NoteSigner(ownSeed, NoteVerifierKey.ed25519(name, Ed25519Note.publicKeyOf(ownSeed)));
    }

    /** The key name written in signature lines. */
    public String name() {
        return verifierKey.name();
    }

    /** The verifier key to publish so that others can open notes signed here. */
    public NoteVerifierKey verifierKey() {
        return verifierKey;
    }

    /**
     * Returns the complete signed note: {@code text}, a blank line, and this key's signature line.
     *
     * @param text the note text; must be non-empty, end with a newline and contain no control
     *     character other than newline
     * @throws IllegalArgumentException ({@code NOTE_TEXT_INVALID}) if the text could not be opened
     */
    public String sign(String text) {
        return SignedNote.sign(text, List.of(this));
    }

    /** Returns {@code — <name> <base64(key ID ‖ Ed25519(text))>} followed by a newline. */
    public String signatureLine(String text) {
        SignedNote.requireSignableText(text);
        byte[] signature = Ed25519Note.sign(seed, text.getBytes(StandardCharsets.UTF_8));
        byte[] withId = new byte[4 + signature.length];
        int keyId = verifierKey.keyId();
        withId[0] = (byte) (keyId >>> 24);
        withId[1] = (byte) (keyId >>> 16);
        withId[2] = (byte) (keyId >>> 8);
        withId[3] = (byte) keyId;
        System.arraycopy(signature, 0, withId, 4, signature.length);
        return SignedNote.SIGNATURE_PREFIX + name() + " " + NoteSyntax.encodeBase64(withId) + "\n";
    }

    @Override
    public String toString() {
        return "NoteSigner[" + verifierKey.vkey() + "]";
    }
}
