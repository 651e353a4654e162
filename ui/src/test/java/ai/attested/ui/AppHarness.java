package ai.attested.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real desktop app (real vault folder, real services) in this JVM for a TestFX test. */
final class AppHarness implements AutoCloseable {
    final Path vaultDir;
    final Stage stage;
    final Application app;

    private AppHarness(Path vaultDir, Stage stage, Application app) {
        this.vaultDir = vaultDir;
        this.stage = stage;
        this.app = app;
    }

    /** Started by {@link AppUnderTest}, which owns the lifecycle. */
    static AppHarness start(Path vaultDir, ScriptedFileDialogs dialogs) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        DesktopOptions options = DesktopOptions.parse(List.of("--vault", vaultDir.toString()));
        Application app = FxToolkit.setupApplication(() -> new SovereignVaultApp(options, dialogs));
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1440);
            stage.setHeight(900);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new AppHarness(vaultDir, stage, app);
    }

    /** Runs on the FX thread and returns its result. */
    static <T> T onFx(Callable<T> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX action failed", e);
        }
    }

    /** A snapshot of the whole scene (what the window shows, without decorations). */
    BufferedImage snapshot() {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = onFx(() -> stage.getScene().snapshot(null));
        return SwingFXUtils.fromFXImage(image, null);
    }

    Path saveSnapshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(snapshot(), "png", file.toFile());
        return file;
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
