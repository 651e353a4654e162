package ai.attested.app.card;

import java.awt.Rectangle;

/**
 * Where the QR symbol sits: a light plate, and inside it the symbol drawn with whole-pixel modules.
 * The plate is at least the symbol plus the 4-module quiet zone on every side.
 *
 * @param plate       the light square behind the symbol
 * @param originX     x of the top-left module (the quiet zone lies left of it)
 * @param originY     y of the top-left module
 * @param modulePixels side of one module in pixels
 * @param matrix      the modules
 */
public record QrPlacement(Rectangle plate, int originX, int originY, int modulePixels, QrMatrix matrix) {

    /** Centres {@code matrix} in a square plate of side {@code plateSide} at (x, y). */
    static QrPlacement centred(QrMatrix matrix, int x, int y, int plateSide, int minModulePixels) {
        int modules = matrix.sizeWithQuietZone();
        int px = plateSide / modules;
        if (px < minModulePixels) {
            throw new ai.attested.app.AppException("CARD_QR_PAYLOAD_TOO_LONG", "The QR payload needs a version "
                    + matrix.version() + " code, whose modules would be " + px + " px here (at least "
                    + minModulePixels + " px are needed for reliable scanning); shorten the payload.");
        }
        int offset = (plateSide - modules * px) / 2 + QrMatrix.QUIET_ZONE_MODULES * px;
        return new QrPlacement(new Rectangle(x, y, plateSide, plateSide), x + offset, y + offset, px, matrix);
    }

    /** The symbol's own square, without quiet zone. */
    public Rectangle symbol() {
        int side = matrix.size() * modulePixels;
        return new Rectangle(originX, originY, side, side);
    }

    /** Light margin between the symbol and the plate edge, in whole modules (at least 4). */
    public int quietZoneModules() {
        return Math.min(originX - plate.x, originY - plate.y) / modulePixels;
    }
}
