package ai.attested.crypto;

import java.util.Base64;

/**
 * Strict base64 (RFC 4648 §4, padded) and base64url (§5, written without padding).
 *
 * <p>Decoding accepts only the canonical encoding of some byte string: no whitespace, no
 * line breaks, no characters from the other alphabet, and no non-zero trailing bits. This
 * makes each byte string have exactly one accepted text form, which matters when the text
 * itself is hashed or compared.
 */
public final class Base64s {
    private static final Base64.Encoder STD = Base64.getEncoder();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Encoder URL_PADDED = Base64.getUrlEncoder();

    private Base64s() {
    }

    /** Standard alphabet, with padding. */
    public static String encodeStd(byte[] bytes) {
        return STD.encodeToString(bytes);
    }

    /** URL-safe alphabet, without padding. */
    public static String encodeUrl(byte[] bytes) {
        return URL.encodeToString(bytes);
    }

    /**
     * Decodes standard base64; padding is required.
     *
     * @throws IllegalArgumentException if the text is not the canonical padded encoding
     */
    public static byte[] decodeStd(String text) {
        if (text.length() % 4 != 0) {
            throw new IllegalArgumentException("base64 length is not a multiple of 4 (padding required)");
        }
        byte[] bytes = Base64.getDecoder().decode(text);
        if (!STD.encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("base64 is not canonical (non-zero trailing bits or misplaced padding)");
        }
        return bytes;
    }

    /**
     * Decodes base64url, with or without padding.
     *
     * @throws IllegalArgumentException if the text is not a canonical base64url encoding
     */
    public static byte[] decodeUrl(String text) {
        boolean padded = text.endsWith("=");
        if (padded && text.length() % 4 != 0) {
            throw new IllegalArgumentException("padded base64url length is not a multiple of 4");
        }
        if (!padded && text.length() % 4 == 1) {
            throw new IllegalArgumentException("base64url length is impossible");
        }
        byte[] bytes = Base64.getUrlDecoder().decode(text);
        String again = padded ? URL_PADDED.encodeToString(bytes) : URL.encodeToString(bytes);
        if (!again.equals(text)) {
            throw new IllegalArgumentException("base64url is not canonical (non-zero trailing bits or misplaced padding)");
        }
        return bytes;
    }
}
