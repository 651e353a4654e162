package ai.attested.app.sentinel.measure;

/**
 * Streaming UTF-8 well-formedness check (Unicode Table 3-7): rejects overlong forms, surrogates,
 * code points above U+10FFFF and a sequence cut off at the end. Fed chunk by chunk, so a file of
 * any size is checked in constant memory.
 */
final class Utf8Validator {
    private int need;
    private int lo = 0x80;
    private int hi = 0xBF;
    private long offset;
    private long firstInvalidOffset = -1;

    void accept(byte[] bytes, int off, int len) {
        if (firstInvalidOffset >= 0) {
            return;
        }
        int end = off + len;
        for (int i = off; i < end; i++) {
            int c = bytes[i] & 0xFF;
            if (need == 0) {
                if (c < 0x80) {
                    continue;
                }
                if (!lead(c)) {
                    firstInvalidOffset = offset + (i - off);
                    return;
                }
            } else {
                if (c < lo || c > hi) {
                    firstInvalidOffset = offset + (i - off);
                    return;
                }
                lo = 0x80;
                hi = 0xBF;
                need--;
            }
        }
        offset += len;
    }

    private boolean lead(int c) {
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c == 0xE0) {
            need = 2;
            lo = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            need = 2;
        } else if (c == 0xED) {
            need = 2;
            hi = 0x9F;
        } else if (c == 0xF0) {
            need = 3;
            lo = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            need = 3;
        } else if (c == 0xF4) {
            need = 3;
            hi = 0x8F;
        } else {
            return false;
        }
        return true;
    }

    /** Offset of the first byte that is not valid UTF-8 (a truncated tail counts), or -1 if all valid. */
    long finish() {
        if (firstInvalidOffset < 0 && need > 0) {
            firstInvalidOffset = offset;
        }
        return firstInvalidOffset;
    }
}
