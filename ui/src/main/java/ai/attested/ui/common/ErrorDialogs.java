package ai.attested.ui.common;

import ai.attested.app.AppException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Shows every user-facing failure as a dialog with a stable code and one plain sentence. The stack
 * trace goes to the log file only, never to the screen.
 */
public final class ErrorDialogs {
    private static final Logger LOG = Logger.getLogger(ErrorDialogs.class.getName());
    private final Strings strings;
    private final Supplier<Window> owner;
    private final Path logFile;

    public ErrorDialogs(Strings strings, Supplier<Window> owner, Path logFile) {
        this.strings = strings;
        this.owner = owner;
        this.logFile = logFile;
    }

    /** A failure as the user sees it: code and sentence. */
    public record UserError(String code, String sentence) {}

    public UserError describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AppException app) {
                return new UserError(app.code(), app.getMessage());
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return new UserError("IO_ERROR", strings.format("error.io", String.valueOf(io.getMessage())));
            }
        }
        return new UserError("INTERNAL_ERROR", strings.format("error.internal", logFile));
    }

    public void show(Throwable failure) {
        if (failure instanceof CancellationException) {
            return;
        }
        UserError error = describe(failure);
        LOG.log(Level.WARNING, error.code() + ": " + error.sentence(), failure);
        show(error);
    }

    public void show(UserError error) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> show(error));
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, error.sentence(), ButtonType.OK);
        alert.setTitle(strings.get("error.title"));
        alert.setHeaderText(error.code());
        alert.getDialogPane().setId("error-dialog");
        alert.getDialogPane().getStyleClass().add("error-dialog");
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
            alert.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
        }
        alert.show();
    }
}
