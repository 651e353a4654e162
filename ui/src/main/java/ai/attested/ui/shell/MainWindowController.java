package ai.attested.ui.shell;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The shell: navigation rail, content area, status bar. Ctrl+1…5 (Cmd on macOS) select a section. */
public final class MainWindowController {
    private final Navigator navigator;
    private final ShellStatus status;

    @FXML private BorderPane root;
    @FXML private ToggleGroup sections;
    @FXML private ToggleButton sealNav;
    @FXML private ToggleButton vaultNav;
    @FXML private ToggleButton sentinelNav;
    @FXML private ToggleButton verifyNav;
    @FXML private ToggleButton settingsNav;
    @FXML private StackPane content;
    @FXML private Label vaultIdLabel;
    @FXML private Label keyIdLabel;
    @FXML private Label operatorLabel;
    @FXML private Label chainLabel;

    private final java.util.Set<Section> available;

    /** @param available the sections whose services this build has; the others are not shown */
    public MainWindowController(Navigator navigator, ShellStatus status, java.util.Set<Section> available) {
        this.navigator = navigator;
        this.status = status;
        this.available = java.util.Set.copyOf(available);
    }

    @FXML
    private void initialize() {
        Map<Section, ToggleButton> buttons = Map.of(
                Section.SEAL, sealNav, Section.VAULT, vaultNav, Section.SENTINEL, sentinelNav,
                Section.VERIFY, verifyNav, Section.SETTINGS, settingsNav);
        buttons.forEach((section, button) -> {
            button.setVisible(available.contains(section));
            button.setManaged(available.contains(section));
            button.setUserData(section);
            button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
        });
        sections.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                sections.selectToggle(old); // a rail always has one place selected
            } else if (navigator.sectionProperty().get() != now.getUserData()) {
                navigator.show((Section) now.getUserData());
            }
        });
        // Choosing the current place again returns from a detail view (a card) to the section.
        buttons.values().forEach(b -> b.addEventHandler(javafx.event.ActionEvent.ACTION, e -> {
            if (navigator.detailShownProperty().get() && b.getUserData() == navigator.sectionProperty().get()) {
                navigator.show((Section) b.getUserData());
            }
        }));
        navigator.sectionProperty().addListener((obs, old, now) -> buttons.get(now).setSelected(true));
        navigator.shownProperty().addListener((obs, old, now) -> content.getChildren().setAll(now));
        vaultIdLabel.textProperty().bind(status.vaultId());
        keyIdLabel.textProperty().bind(status.keyId());
        operatorLabel.textProperty().bind(status.operator());
        chainLabel.textProperty().bind(status.chain());
        chainLabel.visibleProperty().bind(status.chain().isNotEmpty());
        status.chainStyle().addListener((obs, old, now) -> styleChain(now));
        styleChain(status.chainStyle().get());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installAccelerators(scene);
            }
        });
    }

    private void styleChain(String style) {
        chainLabel.getStyleClass().setAll("label", "badge", style);
    }

    private void installAccelerators(Scene scene) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        Section[] order = Section.values();
        for (int i = 0; i < order.length; i++) {
            Section section = order[i];
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> {
                if (available.contains(section)) {
                    navigator.show(section);
                }
            });
        }
    }
}
