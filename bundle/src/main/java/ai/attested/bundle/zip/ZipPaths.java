package ai.attested.bundle.zip;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/** Names allowed inside a bundle ZIP, and the one order entries and manifests are sorted in. */
public final class ZipPaths {
    /** Order of the UTF-8 bytes (= Unicode code points), not Java's UTF-16 {@code compareTo}. */
    public static final Comparator<String> ORDER = ZipPaths::compareUtf8;

    private ZipPaths() {}

    /**
     * A relative POSIX path with no leading slash, backslash, colon (drive letters, NTFS streams),
     * empty, "." or ".." segment, trailing slash, or control character.
     */
    public static boolean isSafe(String v) {
        if (v.isEmpty() || v.startsWith("/") || v.indexOf('\\') >= 0 || v.indexOf(':') >= 0) {
            return false;
        }
        for (String seg : v.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
                return false;
            }
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validSurrogateAt(v, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key under which two names count as the same file when a bundle is unpacked on a
     * case-insensitive or normalizing file system (Windows, macOS): NFC, then lower case.
     * See docs/decisions/0032.
     */
    public static String collisionKey(String name) {
        if (isAscii(name)) {
            return name.toLowerCase(Locale.ROOT); // ASCII is already NFC; skips the normalizer for every usual name
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Compares by code point, which is the order of the UTF-8 bytes. */
    public static int compareUtf8(String a, String b) {
        // Fast path: below the surrogates, UTF-16 code units sort like code points.
        int n = Math.min(a.length(), b.length());
        for (int k = 0; k < n; k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x != y) {
                return Character.isSurrogate(x) || Character.isSurrogate(y) ? compareCodePoints(a, b) : Integer.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** The reference: code point by code point (a lone surrogate counts as its own value). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Makes a hostile name printable on one line: control and non-ASCII characters as \\uXXXX. */
    public static String printable(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length() && b.length() < 300; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean validSurrogateAt(String v, int i) {
        char c = v.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(v.charAt(i - 1));
    }
}
