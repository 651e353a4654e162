package ai.attested.app.card;

import ai.attested.app.AppException;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * The modules of one QR symbol, without quiet zone. Encoded by ZXing with no hints: ASCII payloads
 * get ISO-8859-1 byte (or alphanumeric) mode and no ECI header, which every scanner reads the same.
 * ZXing picks the smallest version and its mask deterministically, so the same payload and level
 * always give the same matrix.
 */
public final class QrMatrix {
    /** Quiet zone the QR specification requires, in modules, on every side. */
    public static final int QUIET_ZONE_MODULES = 4;

    private final boolean[] dark;
    private final int size;
    private final int version;
    private final ErrorCorrectionLevel level;

    private QrMatrix(boolean[] dark, int size, int version, ErrorCorrectionLevel level) {
        this.dark = dark;
        this.size = size;
        this.version = version;
        this.level = level;
    }

    public static QrMatrix encode(String payload, ErrorCorrectionLevel level) {
        QRCode code;
        try {
            code = Encoder.encode(payload, level);
        } catch (WriterException e) {
            throw new AppException("CARD_QR_PAYLOAD_TOO_LONG",
                    "The QR payload does not fit in a QR code at error correction " + level + ".", e);
        }
        ByteMatrix m = code.getMatrix();
        int n = m.getWidth();
        boolean[] dark = new boolean[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                dark[y * n + x] = m.get(x, y) == 1;
            }
        }
        return new QrMatrix(dark, n, code.getVersion().getVersionNumber(), level);
    }

    /** Modules per side, without quiet zone. */
    public int size() {
        return size;
    }

    /** Modules per side including the quiet zone on both sides. */
    public int sizeWithQuietZone() {
        return size + 2 * QUIET_ZONE_MODULES;
    }

    public int version() {
        return version;
    }

    public ErrorCorrectionLevel level() {
        return level;
    }

    public boolean isDark(int x, int y) {
        return dark[y * size + x];
    }
}
