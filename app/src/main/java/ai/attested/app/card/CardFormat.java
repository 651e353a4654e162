package ai.attested.app.card;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The two images a seal card is rendered as, with their QR choices (see
 * docs/decisions/0040-card-qr-sizing.md): print uses level Q on a large plate, share uses level M so
 * the modules stay large enough after social networks rescale and recompress the image.
 */
public enum CardFormat {
    /** Portrait 3:4, 8 x 10.67 in at 300 dpi. */
    PRINT(2400, 3200, ErrorCorrectionLevel.Q, 8),
    /** The 1200 x 630 social-media link image. */
    SHARE(1200, 630, ErrorCorrectionLevel.M, 5);

    private final int width;
    private final int height;
    private final ErrorCorrectionLevel qrLevel;
    private final int minModulePixels;

    CardFormat(int width, int height, ErrorCorrectionLevel qrLevel, int minModulePixels) {
        this.width = width;
        this.height = height;
        this.qrLevel = qrLevel;
        this.minModulePixels = minModulePixels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public ErrorCorrectionLevel qrLevel() {
        return qrLevel;
    }

    /** Smallest whole-pixel module size this format accepts; below it the payload is refused. */
    public int minModulePixels() {
        return minModulePixels;
    }
}
