package ai.attested.crypto.json;

/** Well-formed UTF-8 check per RFC 3629 / Unicode Table 3-7 (no overlongs, no surrogates, max U+10FFFF). */
final class Utf8Check {
    private Utf8Check() {
    }

    /** Index of the first byte of the first ill-formed sequence, or -1 when all of it is well-formed. */
    static int firstInvalid(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c == 0xe0) {
                need = 2;
                lo = 0xa0;
            } else if (c >= 0xe1 && c <= 0xec || c == 0xee || c == 0xef) {
                need = 2;
            } else if (c == 0xed) {
                need = 2;
                hi = 0x9f; // excludes UTF-8-encoded surrogates U+D800..U+DFFF
            } else if (c == 0xf0) {
                need = 3;
                lo = 0x90;
            } else if (c >= 0xf1 && c <= 0xf3) {
                need = 3;
            } else if (c == 0xf4) {
                need = 3;
                hi = 0x8f;
            } else {
                return i; // continuation byte without lead, overlong lead C0/C1, or F5..FF
            }
            if (i + need >= length) {
                return i; // truncated
            }
            int second = b[i + 1] & 0xff;
            if (second < lo || second > hi) {
                return i;
            }
            for (int k = 2; k <= need; k++) {
                int cont = b[i + k] & 0xff;
                if (cont < 0x80 || cont > 0xbf) {
                    return i;
                }
            }
            i += need + 1;
        }
        return -1;
    }
}
