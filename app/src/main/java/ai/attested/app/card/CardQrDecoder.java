package ai.attested.app.card;

import ai.attested.app.AppException;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the QR payload back from a card image (the Verify view's "drop a card PNG"). Image files are
 * hostile input: size and pixel count are checked from the header before any pixel is decoded.
 */
public final class CardQrDecoder {
    static final long MAX_FILE_BYTES = 32L << 20;
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 12_000;

    /** The QR payload of the card image at {@code file}. */
    public String decode(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new AppException("CARD_IMAGE_UNREADABLE", "There is no image file at " + file + ".");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new AppException("CARD_IMAGE_TOO_LARGE", "The image is larger than "
                        + (MAX_FILE_BYTES >> 20) + " MB; a seal card is far smaller.");
            }
            try (InputStream in = Files.newInputStream(file); ImageInputStream iis = ImageIO.createImageInputStream(in)) {
                return decode(read(iis));
            }
        } catch (IOException e) {
            throw new AppException("CARD_IMAGE_UNREADABLE", "The file is not a readable PNG or JPEG image.", e);
        }
    }

    /** The QR payload of an image already in memory. */
    public String decode(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb)));
        // Every code in the image, not the first one found: a second code pasted onto a card would
        // otherwise decide what is verified while the eye reads the other (docs/decisions/0090).
        Set<String> payloads = new LinkedHashSet<>();
        try {
            for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
                payloads.add(r.getText());
            }
        } catch (NotFoundException e) {
            // none found this way; the single-code reader below is tried as before
        }
        if (payloads.size() > 1) {
            throw new AppException("CARD_QR_AMBIGUOUS", "The image holds " + payloads.size()
                    + " different QR codes; a seal card has exactly one, so which one to verify cannot be decided.");
        }
        if (payloads.size() == 1) {
            return payloads.iterator().next();
        }
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AppException("CARD_QR_NOT_FOUND", "No readable QR code was found in the image.", e);
        }
    }

    private static BufferedImage read(ImageInputStream iis) throws IOException {
        if (iis == null) {
            throw new AppException("CARD_IMAGE_UNREADABLE", "The file cannot be opened as an image.");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
        if (!readers.hasNext()) {
            throw new AppException("CARD_IMAGE_UNREADABLE", "The file is not a PNG or JPEG image.");
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(iis, true, true);
            long w = reader.getWidth(0);
            long h = reader.getHeight(0);
            if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
                throw new AppException("CARD_IMAGE_TOO_LARGE", "The image is " + w + " x " + h
                        + " pixels; at most " + MAX_SIDE + " per side and " + MAX_PIXELS + " in total are read.");
            }
            return reader.read(0);
        } finally {
            reader.dispose();
        }
    }
}
