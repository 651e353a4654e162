package ai.attested.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a keyboard-only operator can reach: Tab order and Alt mnemonics of what the window shows. */
final class KeyboardProbe {
    private KeyboardProbe() {}

    /** Every control an operator acts on (buttons, fields, lists, tables) that is shown and enabled. */
    static List<Node> actionable(Scene scene) {
        return AppHarness.onFx(() -> {
            List<Node> found = new ArrayList<>();
            collect(scene.getRoot(), found);
            return found;
        });
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node instanceof Cell<?>) {
            return; // rows of a list or table are reached through the list, not one by one
        }
        boolean control = node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ListView<?>
                || node instanceof TableView<?> || node instanceof ComboBoxBase<?> || node instanceof Spinner<?>
                || node instanceof ChoiceBox<?>;
        if (control && !node.isDisabled() && node.isFocusTraversable()) {
            found.add(node);
        }
        // The editor inside a combo box or spinner is part of that one control.
        if (node instanceof Parent parent && !(node instanceof ComboBoxBase<?>) && !(node instanceof Spinner<?>)
                && !(node instanceof TextInputControl)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    /**
     * Presses Tab until the focus comes back to where it started (Ctrl+Tab leaves a text area, where
     * Tab types a tab) and returns every node that held the focus on the way.
     */
    static Set<Node> tabCycle(FxRobot robot, Scene scene, int maxPresses) {
        Set<Node> visited = new LinkedHashSet<>();
        Node first = null;
        for (int i = 0; i < maxPresses; i++) {
            Node owner = AppHarness.onFx(scene::getFocusOwner);
            if (owner != null && owner == first && visited.size() > 1) {
                break;
            }
            if (owner != null) {
                if (first == null) {
                    first = owner;
                }
                visited.add(owner);
            }
            tab(robot, owner);
        }
        return visited;
    }

    /**
     * Presses Tab (Ctrl+Tab out of a text area) until {@code target} holds the focus or
     * {@code maxPresses} are used; returns the node that holds the focus then.
     */
    static Node tabUntil(FxRobot robot, Scene scene, Node target, int maxPresses) {
        Node owner = AppHarness.onFx(scene::getFocusOwner);
        for (int i = 0; i < maxPresses && owner != target; i++) {
            tab(robot, owner);
            owner = AppHarness.onFx(scene::getFocusOwner);
        }
        return owner;
    }

    private static void tab(FxRobot robot, Node owner) {
        if (owner instanceof TextArea) {
            robot.press(KeyCode.CONTROL).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.CONTROL);
        } else {
            robot.type(KeyCode.TAB);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether {@code node} is a toggle whose group Tab entered (arrow keys then reach every member). */
    static boolean groupReached(Node node, Set<Node> reached) {
        return node instanceof javafx.scene.control.Toggle toggle && toggle.getToggleGroup() != null
                && reached.stream().anyMatch(r -> r instanceof javafx.scene.control.Toggle t && t.getToggleGroup() == toggle.getToggleGroup());
    }

    /** Alt mnemonics that more than one shown node claims (then Alt+key only moves the focus between them). */
    static Map<String, List<String>> mnemonicClashes(Scene scene) {
        return AppHarness.onFx(() -> {
            Map<String, List<String>> clashes = new java.util.TreeMap<>();
            for (Map.Entry<KeyCombination, javafx.collections.ObservableList<Mnemonic>> e : scene.getMnemonics().entrySet()) {
                List<String> shown = e.getValue().stream().map(Mnemonic::getNode).filter(KeyboardProbe::shown)
                        .map(KeyboardProbe::describe).distinct().toList();
                if (shown.size() > 1) {
                    clashes.put(e.getKey().getName(), shown);
                }
            }
            return clashes;
        });
    }

    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    static String describe(Node node) {
        String text = node instanceof javafx.scene.control.Labeled l ? l.getText() : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + (text == null || text.isEmpty() ? "" : " '" + text + "'");
    }
}
