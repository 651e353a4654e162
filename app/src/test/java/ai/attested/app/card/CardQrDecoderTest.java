package ai.attested.app.card;

import static ai.attested.app.card.SealCardModelTest.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardQrDecoderTest {
    @TempDir
    Path dir;

    private final CardQrDecoder decoder = new CardQrDecoder();

    @Test
    void readsThePayloadBackFromASavedCardFile() {
        SealCardModel m = SealCardSamples.fileSeal();
        Path file = dir.resolve("card.png");
        SealCardRenderer.writePng(new SealCardRenderer().renderShare(m), file);
        assertThat(decoder.decode(file)).isEqualTo(m.qrPayload());
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void nonImageMissingFileAndBlankImageGetClearCodes() throws IOException {
        Path text = Files.writeString(dir.resolve("not-an-image.png"), "hello");
        assertCode(() -> decoder.decode(text), "CARD_IMAGE_UNREADABLE");
        assertCode(() -> decoder.decode(dir.resolve("absent.png")), "CARD_IMAGE_UNREADABLE");
        assertCode(() -> decoder.decode(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB)), "CARD_QR_NOT_FOUND");
    }

    @Test
    void pngDeclaring20000x20000PixelsIsRefusedBeforeDecoding() throws IOException {
        Path bomb = Files.write(dir.resolve("bomb.png"), pngHeaderOnly(20_000, 20_000));
        assertCode(() -> decoder.decode(bomb), "CARD_IMAGE_TOO_LARGE");
    }

    /** A PNG signature and a valid IHDR chunk claiming the given size, with no pixel data. */
    private static byte[] pngHeaderOnly(int w, int h) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.write("IHDR".getBytes(StandardCharsets.US_ASCII));
        d.writeInt(w);
        d.writeInt(h);
        d.write(new byte[] {8, 2, 0, 0, 0});
        byte[] chunk = ihdr.toByteArray();
        out.writeInt(chunk.length - 4);
        out.write(chunk);
        CRC32 crc = new CRC32();
        crc.update(chunk);
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }
}
