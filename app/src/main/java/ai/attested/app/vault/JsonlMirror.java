package ai.attested.app.vault;

import ai.attested.app.AppException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * {@code seals.jsonl}: every seal's canonical JSON on one line, in seq order. Appends are written
 * at the end and forced to the device ({@link FileChannel#force}) before they count as done.
 */
final class JsonlMirror implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;

    private JsonlMirror(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static JsonlMirror open(Path file, boolean create) {
        try {
            FileChannel ch = create
                    ? FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE)
                    : FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            return new JsonlMirror(file, ch);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new AppException("JSONL_MISSING", "The seal mirror " + file + " is missing.", e);
        } catch (IOException e) {
            throw new AppException("JSONL_UNREADABLE", "The seal mirror " + file + " cannot be opened: " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    long length() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Appends one line per seal and forces them to disk; on failure the file is cut back to where it was. */
    void append(List<String> jsons) {
        StringBuilder sb = new StringBuilder();
        for (String json : jsons) {
            sb.append(json).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        long start = length();
        try {
            long pos = start;
            while (bytes.hasRemaining()) {
                pos += channel.write(bytes, pos);
            }
            channel.force(false);
        } catch (IOException e) {
            truncate(start);
            throw failure(e);
        }
    }

    /** Cuts the file to {@code length} bytes (a torn last line) and forces that to disk. */
    void truncate(long length) {
        try {
            channel.truncate(length);
            channel.force(true);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Reads the lines from the start; see {@link LineReader}. */
    LineReader lines() {
        try {
            return new LineReader(Channels.newInputStream(channel.position(0)));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private AppException failure(IOException e) {
        return new AppException("JSONL_IO_ERROR", "The seal mirror " + file + " failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to save
        }
    }

    /**
     * Splits the mirror into lines without the newline. Bytes after the last newline are not a
     * line: they are a torn write, reported by {@link #tornTailStart()} once the reader is exhausted.
     */
    static final class LineReader {
        private final InputStream in;
        private byte[] buf = new byte[1 << 20];
        private int start;
        private int end;
        private long offsetOfStart;
        private boolean eof;
        private long lineStart;

        LineReader(InputStream in) {
            this.in = in;
        }

        private int lineFrom;
        private int lineTo;

        /** The next complete line, or null at the end. */
        byte[] next() throws IOException {
            return advance() ? Arrays.copyOfRange(buf, lineFrom, lineTo) : null;
        }

        /**
         * Moves to the next complete line without copying it (the opening scan compares 100,000
         * lines in place); false at the end. Read it with {@link #lineEquals} or {@link #line}.
         */
        boolean advance() throws IOException {
            int scanFrom = start;
            while (true) {
                for (int i = scanFrom; i < end; i++) {
                    if (buf[i] == '\n') {
                        lineFrom = start;
                        lineTo = i;
                        lineStart = offsetOfStart;
                        offsetOfStart += i + 1 - start;
                        start = i + 1;
                        return true;
                    }
                }
                if (eof) {
                    return false;
                }
                scanFrom = end - start; // where the search stopped, after fill() moves the rest to 0
                fill();
            }
        }

        /** Whether the current line is exactly {@code bytes}. */
        boolean lineEquals(byte[] bytes) {
            return Arrays.equals(buf, lineFrom, lineTo, bytes, 0, bytes.length);
        }

        /** A copy of the current line. */
        byte[] line() {
            return Arrays.copyOfRange(buf, lineFrom, lineTo);
        }

        /** Byte offset at which the line last returned by {@link #next()} starts. */
        long lastLineStart() {
            return lineStart;
        }

        /** Offset of the bytes after the last newline (the whole length when the file ends with a newline). */
        long tornTailStart() {
            return offsetOfStart;
        }

        /** Whether bytes follow the last newline. */
        boolean hasTornTail() {
            return eof && end > start;
        }

        private void fill() throws IOException {
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
    }
}
