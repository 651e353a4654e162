package ai.attested.crypto.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import ai.attested.crypto.Base64s;
import java.util.Optional;

/** The lexical rules of c2sp.org/signed-note, shared by notes, keys and checkpoints. */
final class NoteSyntax {
    private NoteSyntax() {
    }

    /** Strict UTF-8 decoding: overlong forms, surrogates and stray bytes are errors. */
    static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * True when the string could be a note: no ASCII control character other than newline, and
     * no unpaired surrogate (which has no UTF-8 form).
     */
    static boolean isNoteText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Key names: non-empty, no Unicode space (Go's unicode.IsSpace), no '+', valid text. */
    static boolean isValidName(String name) {
        if (name == null || name.isEmpty() || !isNoteText(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '+' || isUnicodeSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The Unicode White_Space property; every such code point is in the BMP. */
    private static boolean isUnicodeSpace(char c) {
        switch (c) {
            case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ':
            case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
            case 0x202F: case 0x205F: case 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    /**
     * Canonical padded standard base64 (RFC 4648 §4) only. Go's reader also accepts non-zero
     * trailing bits; refusing them gives every signature line a single accepted spelling, so a
     * verified note cannot be re-encoded into different bytes (decision 0021).
     */
    static Optional<byte[]> decodeBase64(String s) {
        try {
            return Optional.of(Base64s.decodeStd(s));
        } catch (IllegalArgumentException notCanonical) {
            return Optional.empty();
        }
    }

    static String encodeBase64(byte[] bytes) {
        return Base64s.encodeStd(bytes);
    }

    static String hex32(int keyId) {
        return String.format("%08x", keyId);
    }
}
