package ai.attested.ui.firstrun;

import ai.attested.app.AppException;
import ai.attested.ui.DesktopContext;
import ai.attested.ui.common.ErrorDialogs;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;

/** Asks for the passphrase and opens the vault in the background (key unlock, chain check on open). */
public final class UnlockController<V> {
    /** Opens the vault with the passphrase; throws AppException (e.g. PASSPHRASE_WRONG) like the CLI. */
    @FunctionalInterface
    public interface Opener<V> {
        V open(char[] passphrase);
    }

    private final DesktopContext context;
    private final String vaultDescription;
    private final Opener<V> opener;
    private final Consumer<V> onOpened;

    @FXML private Label vaultLabel;
    @FXML private PasswordField passphraseField;
    @FXML private Label errorLabel;
    @FXML private Button unlockButton;
    @FXML private ProgressIndicator busy;
    @FXML private Label folderLabel;

    public UnlockController(DesktopContext context, String vaultDescription, Opener<V> opener, Consumer<V> onOpened) {
        this.context = context;
        this.vaultDescription = vaultDescription;
        this.opener = opener;
        this.onOpened = onOpened;
    }

    @FXML
    private void initialize() {
        vaultLabel.setText(vaultDescription);
        folderLabel.setText(context.vaultDir().toString());
        passphraseField.textProperty().addListener((o, a, b) -> showError(null));
        passphraseField.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                passphraseField.requestFocus();
            }
        });
    }

    @FXML
    private void unlock() {
        char[] passphrase = passphraseField.getText().toCharArray();
        setBusy(true);
        context.tasks().<V>create(progress -> {
            try {
                return opener.open(passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }).onSuccess(vault -> {
            passphraseField.clear();
            onOpened.accept(vault);
        }).onError(failure -> {
            if (failure instanceof AppException) {
                ErrorDialogs.UserError error = context.errors().describe(failure);
                passphraseField.clear();
                showError(error.code() + ": " + error.sentence());
                passphraseField.requestFocus();
            } else {
                context.errors().show(failure);
            }
        }).andFinally(() -> setBusy(false)).start();
    }

    private void setBusy(boolean on) {
        busy.setVisible(on);
        unlockButton.setDisable(on);
        passphraseField.setDisable(on);
    }

    private void showError(String text) {
        errorLabel.setText(text == null ? "" : text);
        errorLabel.setVisible(text != null);
        errorLabel.setManaged(text != null);
    }
}
