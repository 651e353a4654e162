package ai.attested.app.sentinel.measure;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Feeds a file's bytes through the line-ending and trailing-whitespace rules of one
 * {@link Normalization} into a SHA-256 digest, chunk by chunk. Line terminators are CR LF, lone LF
 * and lone CR; trailing whitespace is spaces and tabs before a terminator or the end of the file
 * (the editorconfig reading). Line endings are rewritten first, then each line is trimmed.
 */
final class NormalizingHasher {
    private static final int CR = '\r';
    private static final int LF = '\n';

    private final MessageDigest md;
    private final LineEndings lineEndings;
    private final boolean trim;
    private final byte[] out = new byte[1 << 16];
    private int outLen;
    private boolean pendingCr;
    private byte[] whitespace = new byte[64];
    private int whitespaceLen;

    NormalizingHasher(MessageDigest md, Normalization normalization) {
        this.md = md;
        this.lineEndings = normalization.lineEndings();
        this.trim = normalization.trimTrailingWhitespace();
    }

    void accept(byte[] bytes, int off, int len) {
        int end = off + len;
        for (int i = off; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (pendingCr) {
                pendingCr = false;
                if (b == LF) {
                    endOfLine(true, true);
                    continue;
                }
                endOfLine(true, false);
            }
            if (b == CR) {
                pendingCr = true;
            } else if (b == LF) {
                endOfLine(false, true);
            } else {
                content(b);
            }
        }
    }

    /** Completes the digest and returns it. */
    byte[] finish() {
        if (pendingCr) {
            pendingCr = false;
            endOfLine(true, false);
        }
        whitespaceLen = 0; // trailing whitespace at end of file is dropped (only buffered when trimming)
        flush();
        return md.digest();
    }

    private void endOfLine(boolean hadCr, boolean hadLf) {
        whitespaceLen = 0;
        switch (lineEndings) {
            case LF -> emit(LF);
            case CRLF -> {
                emit(CR);
                emit(LF);
            }
            case NONE -> {
                if (hadCr) {
                    emit(CR);
                }
                if (hadLf) {
                    emit(LF);
                }
            }
        }
    }

    private void content(int b) {
        if (trim && (b == ' ' || b == '\t')) {
            if (whitespaceLen == whitespace.length) {
                whitespace = Arrays.copyOf(whitespace, whitespace.length * 2);
            }
            whitespace[whitespaceLen++] = (byte) b;
            return;
        }
        for (int i = 0; i < whitespaceLen; i++) {
            emit(whitespace[i]);
        }
        whitespaceLen = 0;
        emit(b);
    }

    private void emit(int b) {
        if (outLen == out.length) {
            flush();
        }
        out[outLen++] = (byte) b;
    }

    private void flush() {
        md.update(out, 0, outLen);
        outLen = 0;
    }
}
