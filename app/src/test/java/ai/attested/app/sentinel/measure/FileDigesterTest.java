package ai.attested.app.sentinel.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigesterTest {
    @TempDir
    Path dir;

    private static final Normalization LF = new Normalization(LineEndings.LF, false, TextEncoding.BINARY);
    private static final Normalization CRLF = new Normalization(LineEndings.CRLF, false, TextEncoding.BINARY);
    private static final Normalization TRIM = new Normalization(LineEndings.NONE, true, TextEncoding.BINARY);
    private static final Normalization LF_TRIM_UTF8 = new Normalization(LineEndings.LF, true, TextEncoding.UTF_8);

    @Test
    void lfRewritesCrLfAndLoneCr() throws Exception {
        assertThat(hex("a\r\nb\rc\n", LF)).isEqualTo(sha("a\nb\nc\n"));
    }

    @Test
    void crlfRewritesEveryTerminatorWithoutDoublingExistingCrLf() throws Exception {
        assertThat(hex("a\nb\r\nc\rd", CRLF)).isEqualTo(sha("a\r\nb\r\nc\r\nd"));
    }

    @Test
    void noneLeavesLineEndingsAlone() throws Exception {
        Normalization none = new Normalization(LineEndings.NONE, false, TextEncoding.BINARY);
        assertThat(hex("a\r\nb\rc\n", none)).isEqualTo(sha("a\r\nb\rc\n"));
    }

    @Test
    void trimRemovesSpacesAndTabsBeforeEachTerminatorAndAtEndOfFileOnly() throws Exception {
        assertThat(hex("a \t\r\n b  \rc\t\n d e  ", TRIM)).isEqualTo(sha("a\r\n b\rc\n d e"));
    }

    @Test
    void lineEndingsAreRewrittenThenLinesTrimmed() throws Exception {
        assertThat(hex("x  \r\ny\t\r", LF_TRIM_UTF8)).isEqualTo(sha("x\ny\n"));
    }

    @Test
    void binaryWithoutOptionsIsThePlainSha256() throws Exception {
        byte[] bytes = {(byte) 0xFF, 0x0D, 0x00, 0x20, 0x0A};
        Path f = Files.write(dir.resolve("b.bin"), bytes);
        FileDigest d = new FileDigester().digest(f, Normalization.AS_IS);
        assertThat(d.sha256Hex()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(d.sizeBytes()).isEqualTo(5);
        assertThat(d.encodingValid()).isTrue();
    }

    @Test
    void utf8EncodingFlagsTheFirstInvalidByteOffset() throws Exception {
        Normalization utf8 = new Normalization(LineEndings.NONE, false, TextEncoding.UTF_8);
        assertThat(digest(new byte[] {'o', 'k', (byte) 0xC3, (byte) 0xA9}, utf8).invalidUtf8Offset()).isEqualTo(-1);
        assertThat(digest(new byte[] {'a', (byte) 0xC0, (byte) 0x80}, utf8).invalidUtf8Offset()).isEqualTo(1); // overlong
        assertThat(digest(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8).invalidUtf8Offset()).isEqualTo(1); // surrogate
        assertThat(digest(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, utf8).invalidUtf8Offset()).isEqualTo(1);
        assertThat(digest(new byte[] {'x', (byte) 0xE2, (byte) 0x82}, utf8).invalidUtf8Offset()).isEqualTo(3); // truncated
        assertThat(digest(new byte[] {(byte) 0xFF}, utf8).invalidUtf8Offset()).isEqualTo(0);
    }

    @Property(tries = 200)
    void streamingInAnyChunkSizeEqualsTheWholeBufferRewrite(@ForAll("texts") String text,
                                                            @ForAll @IntRange(min = 1, max = 7) int chunk) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (Normalization n : new Normalization[] {LF, CRLF, TRIM, LF_TRIM_UTF8}) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            NormalizingHasher h = new NormalizingHasher(md, n);
            for (int i = 0; i < bytes.length; i += chunk) {
                h.accept(bytes, i, Math.min(chunk, bytes.length - i));
            }
            assertThat(HexFormat.of().formatHex(h.finish())).isEqualTo(sha(reference(text, n)));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'é', ' ', '\t', '\r', '\n').ofMaxLength(40);
    }

    /** An independent, string-based reading of the rules: rewrite terminators, then trim each line. */
    private static String reference(String text, Normalization n) {
        String marked = text.replace("\r\n", "\u0001").replace("\r", "\u0002").replace("\n", "\u0003");
        if (n.trimTrailingWhitespace()) {
            marked = marked.replaceAll("[ \\t]+(?=[\\u0001\\u0002\\u0003]|$)", "");
        }
        return switch (n.lineEndings()) {
            case LF -> marked.replaceAll("[\\u0001\\u0002\\u0003]", "\n");
            case CRLF -> marked.replaceAll("[\\u0001\\u0002\\u0003]", "\r\n");
            case NONE -> marked.replace("\u0001", "\r\n").replace("\u0002", "\r").replace("\u0003", "\n");
        };
    }

    private String hex(String content, Normalization n) throws IOException {
        Path f = Files.writeString(dir.resolve("f" + System.nanoTime()), content, StandardCharsets.UTF_8);
        return new FileDigester().digest(f, n).sha256Hex();
    }

    private FileDigest digest(byte[] bytes, Normalization n) throws IOException {
        return new FileDigester().digest(Files.write(dir.resolve("u" + System.nanoTime()), bytes), n);
    }

    private static String sha(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
