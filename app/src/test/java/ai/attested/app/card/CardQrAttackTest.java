package ai.attested.app.card;

import static ai.attested.app.card.SealCardModelTest.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Red-team attack (docs/decisions/0090, finding 13): a second QR code pasted onto a card. A
 * decoder that returns whichever code it happens to find lets the image show one seal and
 * verify another; an image with two different codes must be refused, not guessed.
 */
class CardQrAttackTest {
    private final CardQrDecoder decoder = new CardQrDecoder();

    @Test
    void anImageWithTwoDifferentQrCodesIsAmbiguous() throws Exception {
        String genuine = SealCardSamples.fileSeal().qrPayload();
        String other = genuine.replace(".F.", ".T.");
        BufferedImage two = canvas(1400, 700);
        paint(two, qr(genuine), 40, 40);
        paint(two, qr(other), 740, 40);
        assertCode(() -> decoder.decode(two), "CARD_QR_AMBIGUOUS");
    }

    @Test
    void theSameCodeTwiceIsStillThatCode() throws Exception {
        String genuine = SealCardSamples.fileSeal().qrPayload();
        BufferedImage two = canvas(1400, 700);
        paint(two, qr(genuine), 40, 40);
        paint(two, qr(genuine), 740, 40);
        assertThat(decoder.decode(two)).isEqualTo(genuine);
    }

    private static BitMatrix qr(String text) throws Exception {
        return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 600, 600, Map.of(EncodeHintType.MARGIN, 4));
    }

    private static BufferedImage canvas(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, 0xFFFFFF);
            }
        }
        return img;
    }

    private static void paint(BufferedImage img, BitMatrix m, int ox, int oy) {
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                img.setRGB(ox + x, oy + y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
    }
}
