package ai.attested.ui.card;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The app services the card view calls for one seal; Session implements it over {@code app.card},
 * the bundle exporter and the vault's checkpoints. Every method may block; the view calls them in
 * the background.
 */
public interface CardServices {
    /** The card at print resolution (the same image {@code svault card SEQ --png} writes). */
    BufferedImage renderPrint();

    /** The 1200×630 social image ({@code svault card SEQ --share}). */
    BufferedImage renderShare();

    /** Writes the PNG exactly as the CLI does. */
    void writePng(BufferedImage image, Path file);

    /** Exports VerifiedBundle.zip for this seal ({@code svault export SEQ --out FILE}). */
    void exportBundle(Path file);

    /** The latest signed checkpoint, if any. */
    Optional<Checkpoint> latestCheckpoint();

    /** A signed checkpoint: its size (seals 1…size) and root hash. */
    record Checkpoint(long treeSize, String rootHashHex, String vaultId) {}
}
