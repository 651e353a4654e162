package ai.attested.crypto.note;

import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Signs note text with an Ed25519 key under a key name (c2sp.org/signed-note, type 0x01).
 *
 * <p>Ed25519 is deterministic, so the same key and text always give byte-identical notes.
 * The private key stays inside this object; nothing here logs or exposes it.
 */
public final class NoteSigner {
    private final Ed25519PrivateKey key;
    private final NoteVerifierKey verifierKey;

    private NoteSigner(Ed25519PrivateKey key, NoteVerifierKey verifierKey) {
        this.key = key;
        this.verifierKey = verifierKey;
    }

    /**
     * A signer that signs as {@code name} with {@code key}.
     *
     * @throws IllegalArgumentException ({@code NOTE_KEY_NAME_INVALID}) if the name is empty or
     *     contains a Unicode space or '+'; ({@code NOTE_SIGNER_INVALID}) if the key is missing
     */
    public static NoteSigner ed25519(String name, Ed25519PrivateKey key) {
        if (key == null) {
            throw new IllegalArgumentException("NOTE_SIGNER_INVALID: the private key is missing");
        }
        return new NoteSigner(key, NoteVerifierKey.ed25519(name, key.publicKey()));
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
        byte[] signature = key.sign(text.getBytes(StandardCharsets.UTF_8));
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
