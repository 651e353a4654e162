package ai.attested.ui.settings;

import ai.attested.ui.DesktopContext;
import ai.attested.ui.common.Strings;
import ai.attested.ui.shell.ShellStatus;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Settings: where the vault, logs and window settings live; identity; keyboard map; about. */
public final class SettingsController {
    private final DesktopContext context;
    private final ShellStatus status;

    @FXML private GridPane identityGrid;
    @FXML private GridPane storageGrid;
    @FXML private GridPane keysGrid;
    @FXML private GridPane aboutGrid;

    public SettingsController(DesktopContext context, ShellStatus status) {
        this.context = context;
        this.status = status;
    }

    @FXML
    private void initialize() {
        Strings s = context.strings();
        row(identityGrid, 0, s.get("settings.vaultId"), status.vaultId(), false);
        row(identityGrid, 1, s.get("settings.keyId"), status.keyId(), true);
        row(identityGrid, 2, s.get("settings.operator"), status.operator(), false);
        row(storageGrid, 0, s.get("settings.vaultDir"), context.vaultDir().toString(), true);
        row(storageGrid, 1, s.get("settings.logFile"), context.logFile().toString(), true);
        row(storageGrid, 2, s.get("settings.windowFile"), context.windowSettingsFile().toString(), true);
        String[][] keys = {
            {"settings.keys.sections", "settings.keys.sections.what"},
            {"settings.keys.mnemonic", "settings.keys.mnemonic.what"},
            {"settings.keys.open", "settings.keys.open.what"},
            {"settings.keys.paste", "settings.keys.paste.what"},
            {"settings.keys.back", "settings.keys.back.what"},
        };
        for (int i = 0; i < keys.length; i++) {
            row(keysGrid, i, s.get(keys[i][0]), s.get(keys[i][1]), false);
        }
        row(aboutGrid, 0, s.get("settings.version"), context.version(), false);
        row(aboutGrid, 1, s.get("settings.java"), System.getProperty("java.runtime.version", "?"), false);
        row(aboutGrid, 2, s.get("settings.javafx"), System.getProperty("javafx.runtime.version", "?"), false);
    }

    @FXML
    private void openLogFolder() {
        context.hostServices().showDocument(context.logFile().getParent().toUri().toString());
    }

    private static void row(GridPane grid, int index, String name, String value, boolean mono) {
        Label v = new Label(value);
        add(grid, index, name, v, mono);
    }

    private static void row(GridPane grid, int index, String name, ObservableStringValue value, boolean mono) {
        Label v = new Label();
        v.textProperty().bind(value);
        add(grid, index, name, v, mono);
    }

    private static void add(GridPane grid, int index, String name, Label value, boolean mono) {
        Label n = new Label(name);
        n.getStyleClass().add("muted");
        value.setWrapText(true);
        if (mono) {
            value.getStyleClass().add("mono");
        }
        grid.addRow(index, n, value);
    }
}
