package ai.attested.crypto.note;

/**
 * One signature line of a note, as written: key name, 32-bit key ID and the base64 text of
 * (key ID ‖ signature).
 */
public final class NoteSignature {
    private final String name;
    private final int keyId;
    private final String base64;

    NoteSignature(String name, int keyId, String base64) {
        this.name = name;
        this.keyId = keyId;
        this.base64 = base64;
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    public String keyIdHex() {
        return NoteSyntax.hex32(keyId);
    }

    /** The base64 text of the signature line (key ID ‖ signature bytes). */
    public String base64() {
        return base64;
    }

    /** The signature line without its final newline: {@code — <name> <base64>}. */
    @Override
    public String toString() {
        return SignedNote.SIGNATURE_PREFIX + name + " " + base64;
    }
}
