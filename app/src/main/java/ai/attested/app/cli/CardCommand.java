package ai.attested.app.cli;

import ai.attested.app.AppException;
import ai.attested.app.card.SealCardModel;
import ai.attested.app.card.SealCardRenderer;
import ai.attested.app.seal.export.SealExporter;
import ai.attested.app.vault.Vault;
import ai.attested.bundle.seal.Seal;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code svault card SEQ --png out.png [--share social.png]}: the seal card of a stored seal. */
@Command(name = "card", mixinStandardHelpOptions = true,
        description = "Render the seal card of seal SEQ: --png at print resolution, --share as a 1200x630 social image.")
public final class CardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VaultOptions vault;

    @Parameters(index = "0", paramLabel = "SEQ", description = "The seal's number in the vault.")
    long seq;

    @Option(names = "--png", paramLabel = "FILE", description = "Write the print card (PNG, 2400 px wide).")
    Path png;

    @Option(names = "--share", paramLabel = "FILE", description = "Write the social image (PNG, 1200x630).")
    Path share;

    @Override
    public Integer call() {
        if (png == null && share == null) {
            throw new AppException("NO_OUTPUT", "give --png FILE and/or --share FILE");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Vault v = vault.openForReading()) {
            Seal seal = SealExporter.seal(v, seq);
            SealCardModel model = SealCardModel.fromSeal(seal);
            SealCardRenderer renderer = new SealCardRenderer();
            if (png != null) {
                write(out, renderer.renderPrint(model), png);
            }
            if (share != null) {
                write(out, renderer.renderShare(model), share);
            }
        }
        return ExitCodes.PASS;
    }

    private void write(PrintWriter out, BufferedImage image, Path file) {
        SealCardRenderer.writePng(image, file);
        out.println("card: seal #" + seq + " -> " + file + " (" + image.getWidth() + "x" + image.getHeight() + ")");
        out.flush();
    }
}
