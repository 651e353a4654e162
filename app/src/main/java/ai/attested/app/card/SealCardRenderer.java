package ai.attested.app.card;

import ai.attested.app.AppException;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Renders seal cards with Java2D (no JavaFX), so the CLI and the desktop app produce the same
 * images: {@link #renderPrint} for SAVE/PRINT and {@link #renderShare} for the social image.
 * A renderer holds only immutable fonts and labels; it is safe to share between threads.
 */
public final class SealCardRenderer {
    /** Matches {@link CardPainter#applyHints}: identity transform, antialiased, fractional metrics. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final CardFonts fonts;
    private final CardLabels labels;

    /** Loads Space Grotesk from the assets module; fails with {@code CARD_FONT_MISSING} if it is absent. */
    public SealCardRenderer() {
        this(CardFonts.load());
    }

    public SealCardRenderer(CardFonts fonts) {
        this.fonts = fonts;
        this.labels = new CardLabels(Locale.ROOT);
    }

    /** Where everything goes on the print card (2400 x 3200), without drawing it. */
    public CardLayout layoutPrint(SealCardModel model) {
        return PrintLayouter.layout(model, fonts, labels, new CardText(FRC));
    }

    /** Where everything goes on the share image (1200 x 630), without drawing it. */
    public CardLayout layoutShare(SealCardModel model) {
        return ShareLayouter.layout(model, fonts, labels, new CardText(FRC));
    }

    public CardLayout layout(SealCardModel model, CardFormat format) {
        return format == CardFormat.PRINT ? layoutPrint(model) : layoutShare(model);
    }

    /** The print card: 2400 x 3200 px (3:4 at 300 dpi), QR at error correction Q. */
    public BufferedImage renderPrint(SealCardModel model) {
        return CardPainter.paint(layoutPrint(model));
    }

    /** The social image: exactly 1200 x 630 px, QR at error correction M. */
    public BufferedImage renderShare(SealCardModel model) {
        return CardPainter.paint(layoutShare(model));
    }

    public BufferedImage render(SealCardModel model, CardFormat format) {
        return CardPainter.paint(layout(model, format));
    }

    /**
     * Writes a PNG with only IHDR, IDAT and IEND chunks (no time, no text, no gamma), so the same
     * image always gives the same bytes.
     */
    public static void writePng(BufferedImage image, OutputStream out) {
        try {
            DeterministicPng.write(image, out);
        } catch (IOException e) {
            throw new AppException("CARD_PNG_WRITE_FAILED", "The card PNG could not be written: " + e.getMessage(), e);
        }
    }

    /** Writes the PNG to {@code file} through a temporary sibling, so a failed write leaves no half file. */
    public static void writePng(BufferedImage image, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            // A plain new file (not createTempFile, which would force mode 0600 on the saved card).
            tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + System.nanoTime() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                DeterministicPng.write(image, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AppException("CARD_PNG_WRITE_FAILED", "The card PNG could not be written to " + file + ": "
                    + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the original error is already reported
                }
            }
        }
    }

    /** The PNG bytes of {@code image}. */
    public static byte[] pngBytes(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        writePng(image, out);
        return out.toByteArray();
    }
}
