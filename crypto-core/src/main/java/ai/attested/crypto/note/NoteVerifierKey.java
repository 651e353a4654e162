package ai.attested.crypto.note;

import ai.attested.crypto.Sha256;
import ai.attested.crypto.sig.Ed25519PublicKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A signed-note verifier key ("vkey") for Ed25519: {@code <name>+<key id hex>+<base64(0x01 ‖ pk)>},
 * for example {@code PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW}.
 *
 * <p>The key ID is the first 4 bytes, big-endian, of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key).
 * Parsing follows golang.org/x/mod/sumdb/note {@code NewVerifier}: the ID must be 8 hex digits and
 * must match, the name must be valid, and the algorithm byte must be 0x01 with a 32-byte key.
 * Stricter than Go in one respect: 32 bytes that do not encode a curve point are refused here
 * rather than failing every signature later. Immutable.
 */
public final class NoteVerifierKey {
    /** The signature type identifier byte of Ed25519 in c2sp.org/signed-note. */
    public static final byte ALGORITHM_ED25519 = 0x01;

    private final String name;
    private final int keyId;
    private final Ed25519PublicKey publicKey;

    private NoteVerifierKey(String name, int keyId, Ed25519PublicKey publicKey) {
        this.name = name;
        this.keyId = keyId;
        this.publicKey = publicKey;
    }

    /**
     * The verifier key for an Ed25519 public key under {@code name}.
     *
     * @throws IllegalArgumentException ({@code NOTE_KEY_NAME_INVALID}) if the name is empty or
     *     contains a Unicode space or '+'
     */
    public static NoteVerifierKey ed25519(String name, Ed25519PublicKey publicKey) {
        if (!NoteSyntax.isValidName(name)) {
            throw new IllegalArgumentException("NOTE_KEY_NAME_INVALID: a key name must be non-empty text without"
                    + " spaces or '+', got \"" + name + "\"");
        }
        if (publicKey == null) {
            throw new IllegalArgumentException("NOTE_PUBLIC_KEY_INVALID: the public key is missing");
        }
        return new NoteVerifierKey(name, keyId(name, publicKey.raw()), publicKey);
    }

    /**
     * Parses a vkey string.
     *
     * @throws NoteException {@code VERIFIER_KEY_INVALID} with a sentence naming the defect
     */
    public static NoteVerifierKey parse(String vkey) throws NoteException {
        if (vkey == null) {
            throw invalid("the verifier key is missing");
        }
        int first = vkey.indexOf('+');
        int second = first < 0 ? -1 : vkey.indexOf('+', first + 1);
        if (second < 0) {
            throw invalid("a verifier key has the form <name>+<key id>+<base64 key>");
        }
        String name = vkey.substring(0, first);
        String idHex = vkey.substring(first + 1, second);
        Optional<byte[]> typedKey = NoteSyntax.decodeBase64(vkey.substring(second + 1));
        if (!NoteSyntax.isValidName(name) || !isEightHexDigits(idHex) || typedKey.isEmpty()
                || typedKey.get().length == 0) {
            throw invalid("the name, the 8-digit hex key id or the base64 key is malformed");
        }
        byte[] typed = typedKey.get();
        int keyId = Integer.parseUnsignedInt(idHex, 16);
        if (keyId != hashId(name, typed)) {
            throw invalid("the key id " + idHex + " does not match the name and key");
        }
        if (typed[0] != ALGORITHM_ED25519) {
            throw invalid("unknown signature algorithm " + (typed[0] & 0xff) + " (only 1, Ed25519, is supported)");
        }
        if (typed.length != 1 + Ed25519PublicKey.LENGTH) {
            throw invalid("an Ed25519 public key is 32 bytes, got " + (typed.length - 1));
        }
        Ed25519PublicKey key;
        try {
            key = Ed25519PublicKey.fromRaw(Arrays.copyOfRange(typed, 1, typed.length));
        } catch (IllegalArgumentException notAPoint) {
            throw invalid("the 32 key bytes are not an Ed25519 public key");
        }
        return new NoteVerifierKey(name, keyId, key);
    }

    /** The key ID of a raw Ed25519 public key under {@code name}: SHA-256(name ‖ 0x0A ‖ 0x01 ‖ pk)[:4]. */
    public static int keyId(String name, byte[] publicKey) {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = ALGORITHM_ED25519;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return hashId(name, typed);
    }

    private static int hashId(String name, byte[] typedKey) {
        byte[] digest = Sha256.newHasher()
                .update(name.getBytes(StandardCharsets.UTF_8))
                .update(new byte[] {'\n'})
                .update(typedKey)
                .digest();
        return ((digest[0] & 0xff) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
    }

    private static boolean isEightHexDigits(String s) {
        if (s.length() != 8) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // ASCII only: Character.digit would also accept other scripts' digits.
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
    }

    private static NoteException invalid(String sentence) {
        return new NoteException(NoteException.Code.VERIFIER_KEY_INVALID, sentence);
    }

    /** True when {@code signature} is this key's Ed25519 signature over {@code message}. */
    boolean verifies(byte[] message, byte[] signature) {
        try {
            publicKey.verify(signature, message);
            return true;
        } catch (GeneralSecurityException rejected) {
            return false;
        }
    }

    public String name() {
        return name;
    }

    /** The 32-bit key ID (compare unsigned). */
    public int keyId() {
        return keyId;
    }

    /** The key ID as 8 lowercase hex digits. */
    public String keyIdHex() {
        return NoteSyntax.hex32(keyId);
    }

    /** The Ed25519 public key. */
    public Ed25519PublicKey publicKey() {
        return publicKey;
    }

    /** The vkey string, {@code <name>+<key id hex>+<base64(0x01 ‖ pk)>}. */
    public String vkey() {
        byte[] raw = publicKey.raw();
        byte[] typed = new byte[1 + raw.length];
        typed[0] = ALGORITHM_ED25519;
        System.arraycopy(raw, 0, typed, 1, raw.length);
        return name + "+" + keyIdHex() + "+" + NoteSyntax.encodeBase64(typed);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof NoteVerifierKey)) {
            return false;
        }
        NoteVerifierKey that = (NoteVerifierKey) other;
        return name.equals(that.name) && keyId == that.keyId && publicKey.equals(that.publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + keyId;
    }

    /** The vkey string. */
    @Override
    public String toString() {
        return vkey();
    }
}
