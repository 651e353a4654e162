package ai.attested.crypto;

/** Lowercase hexadecimal encoding and strict decoding. */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /** Encodes bytes as lowercase hex. */
    public static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0x0f];
            out[2 * i + 1] = DIGITS[bytes[i] & 0x0f];
        }
        return new String(out);
    }

    /**
     * Decodes hex (either case).
     *
     * @throws IllegalArgumentException on odd length or a non-hex character
     */
    public static byte[] decode(String hex) {
        if ((hex.length() & 1) != 0) {
            throw new IllegalArgumentException("hex string has odd length " + hex.length());
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((nibble(hex, 2 * i) << 4) | nibble(hex, 2 * i + 1));
        }
        return out;
    }

    /** True when {@code s} is exactly {@code length} lowercase hex characters (the format of hashes here). */
    public static boolean isLowerHex(String s, int length) {
        if (s == null || s.length() != length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static int nibble(String s, int index) {
        char c = s.charAt(index);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw new IllegalArgumentException("not a hex character at index " + index);
    }
}
