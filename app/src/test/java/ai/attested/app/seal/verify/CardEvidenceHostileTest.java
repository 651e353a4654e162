package ai.attested.app.seal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import ai.attested.app.cli.CardFixtures;
import ai.attested.verifier.seal.BundleFinding;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Card images are hostile input: each kind of bad PNG gets its code, never a stack trace. */
class CardEvidenceHostileTest {

    @Test
    void notAPngIsCardNotPng(@TempDir Path dir) throws Exception {
        Path jpegish = Files.write(dir.resolve("card.png"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2, 3, 4, 5});
        assertCode(jpegish, "CARD_NOT_PNG");
        assertCode(Files.write(dir.resolve("empty.png"), new byte[0]), "CARD_NOT_PNG");
    }

    @Test
    void hugeDeclaredDimensionsAreRefusedBeforeDecoding(@TempDir Path dir) throws Exception {
        Path bomb = Files.write(dir.resolve("bomb.png"), CardFixtures.pngHeader(60_000, 60_000));
        assertCode(bomb, "CARD_IMAGE_TOO_LARGE");
    }

    @Test
    void truncatedPngIsUnreadable(@TempDir Path dir) throws Exception {
        Path cut = Files.write(dir.resolve("cut.png"), CardFixtures.pngHeader(100, 100));
        assertThatThrownBy(() -> SealEvidenceVerifier.verifyCard(cut, Optional.empty())).isInstanceOfSatisfying(AppException.class,
                e -> assertThat(e.code()).isIn("CARD_IMAGE_UNREADABLE", "CARD_QR_NOT_FOUND"));
    }

    @Test
    void aQrCodeOfSomethingElseIsQrPayloadInvalid(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("other.png");
        BitMatrix m = new com.google.zxing.qrcode.QRCodeWriter().encode("https://example.com/?seal=1", BarcodeFormat.QR_CODE, 400, 400);
        BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                img.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xffffff);
            }
        }
        ImageIO.write(img, "png", png.toFile());
        var r = SealEvidenceVerifier.verifyCard(png, Optional.empty());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.failures()).extracting(BundleFinding::code).containsExactly("QR_PAYLOAD_INVALID");
    }

    private static void assertCode(Path png, String code) {
        assertThatThrownBy(() -> SealEvidenceVerifier.verifyCard(png, Optional.empty()))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
