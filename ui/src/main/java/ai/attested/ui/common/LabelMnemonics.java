package ai.attested.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/**
 * Keeps the Alt mnemonic of every {@code Label labelFor=...} of a view working when the view is
 * shown again. JavaFX drops the mnemonic of a label's target field when a view leaves the scene
 * and does not register it again when the view returns (buttons are not affected), so a section
 * shown a second time would ignore Alt+X for "TE_XT TO SEAL". Setting the target again after
 * the view is back re-registers it.
 */
public final class LabelMnemonics {
    private LabelMnemonics() {}

    public static void keepRegistered(Parent view) {
        for (Node node : view.lookupAll(".label")) {
            if (node instanceof Label label && label.getLabelFor() != null && label.isMnemonicParsing()) {
                label.sceneProperty().addListener((obs, old, scene) -> {
                    if (scene != null) {
                        // After the whole view has joined the scene, not halfway through.
                        Platform.runLater(() -> {
                            Node target = label.getLabelFor();
                            label.setLabelFor(null);
                            label.setLabelFor(target);
                        });
                    }
                });
            }
        }
    }
}
