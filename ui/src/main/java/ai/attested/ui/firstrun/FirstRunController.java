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
import javafx.scene.control.TextField;

/**
 * First run: the operator chooses a name and a passphrase; the vault (Vault ID, encrypted Ed25519
 * key, empty chain) is created in the background by {@code app.vault} exactly as
 * {@code svault vault init} does, and the app continues with it open.
 */
public final class FirstRunController<V> {
    /** Creates and opens the vault; throws AppException with the CLI's codes. */
    @FunctionalInterface
    public interface Creator<V> {
        V create(String username, char[] passphrase);
    }

    private final DesktopContext context;
    private final Creator<V> creator;
    private final Consumer<V> onCreated;

    @FXML private TextField usernameField;
    @FXML private Label usernameError;
    @FXML private PasswordField passphraseField;
    @FXML private PasswordField confirmField;
    @FXML private Label passphraseError;
    @FXML private Label folderLabel;
    @FXML private Button createButton;
    @FXML private ProgressIndicator busy;
    @FXML private Label busyLabel;

    public FirstRunController(DesktopContext context, Creator<V> creator, Consumer<V> onCreated) {
        this.context = context;
        this.creator = creator;
        this.onCreated = onCreated;
    }

    @FXML
    private void initialize() {
        folderLabel.setText(context.vaultDir().toString());
        usernameField.textProperty().addListener((o, a, b) -> show(usernameError, null));
        passphraseField.textProperty().addListener((o, a, b) -> show(passphraseError, null));
        confirmField.textProperty().addListener((o, a, b) -> show(passphraseError, null));
        usernameField.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                usernameField.requestFocus();
            }
        });
    }

    @FXML
    private void create() {
        String username = usernameField.getText();
        char[] passphrase = passphraseField.getText().toCharArray();
        if (passphrase.length == 0) {
            show(passphraseError, context.strings().get("firstrun.empty"));
            return;
        }
        if (!passphraseField.getText().equals(confirmField.getText())) {
            show(passphraseError, context.strings().get("firstrun.mismatch"));
            return;
        }
        setBusy(true);
        context.tasks().<V>create(progress -> {
            try {
                return creator.create(username, passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }).onSuccess(vault -> {
            passphraseField.clear();
            confirmField.clear();
            onCreated.accept(vault);
        }).onError(this::failed).andFinally(() -> setBusy(false)).start();
    }

    private void failed(Throwable failure) {
        ErrorDialogs.UserError error = context.errors().describe(failure);
        if (failure instanceof AppException app && app.code().startsWith("USERNAME")) {
            show(usernameError, error.code() + ": " + error.sentence());
        } else if (failure instanceof AppException app && app.code().startsWith("PASSPHRASE")) {
            show(passphraseError, error.code() + ": " + error.sentence());
        } else {
            context.errors().show(failure);
        }
    }

    private void setBusy(boolean on) {
        busy.setVisible(on);
        busyLabel.setText(on ? context.strings().get("firstrun.creating") : "");
        createButton.setDisable(on);
        usernameField.setDisable(on);
        passphraseField.setDisable(on);
        confirmField.setDisable(on);
    }

    private static void show(Label label, String text) {
        boolean visible = text != null;
        label.setText(visible ? text : "");
        label.setVisible(visible);
        label.setManaged(visible);
    }
}
