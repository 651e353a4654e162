package ai.attested.app.card;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the sample card in both formats, the end-to-end proof until {@code svault card} exists:
 * {@code java -cp app/target/test-classes:app/target/classes:... ai.attested.app.card.SealCardDemo DIR}
 * (SealCardSampleTest calls it and writes to app/target/card-samples).
 */
public final class SealCardDemo {
    private SealCardDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "card-samples");
        Files.createDirectories(dir);
        SealCardRenderer renderer = new SealCardRenderer();
        SealCardModel model = SealCardSamples.fileSeal();
        SealCardRenderer.writePng(renderer.renderPrint(model), dir.resolve("card-print-sample.png"));
        SealCardRenderer.writePng(renderer.renderShare(model), dir.resolve("card-share-sample.png"));
        System.out.println("payload (" + model.qrPayload().length() + " chars): " + model.qrPayload());
        System.out.println("wrote " + dir.toAbsolutePath());
    }
}
