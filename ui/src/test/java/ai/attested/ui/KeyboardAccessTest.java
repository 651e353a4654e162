package ai.attested.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard only: the vault is created with Alt mnemonics, every section is reached with Ctrl+1…5,
 * Tab reaches every shown action of every view (Ctrl+Tab leaves a text area), no two shown actions
 * share an Alt mnemonic, and a text is sealed, its card used (copy, print preview) and left, the card
 * reopened from the seal queue's "Open card" (Space, then Enter) and from the Vault table, without the mouse.
 */
class KeyboardAccessTest {
    private static final String[] SECTIONS = {"#seal-view", "#vault-view", "#sentinel-view", "#verify-view", "#settings-view"};
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
    @RegisterExtension final AppUnderTest app = new AppUnderTest();

    @Test
    void everyViewIsUsableWithoutTheMouse(FxRobot robot) throws Exception {
        UiFlows.waitFor(robot, "#first-run-username", 30);
        Scene scene = app.stage().getScene();
        assertReachableAndUnambiguous(robot, scene, "first run");
        alt(robot, KeyCode.O);
        robot.write(UiFlows.OPERATOR);
        alt(robot, KeyCode.P);
        robot.write(UiFlows.PASSPHRASE);
        alt(robot, KeyCode.F);
        robot.write(UiFlows.PASSPHRASE);
        assertThat(robot.lookup("#first-run-username").queryAs(TextField.class).getText()).isEqualTo(UiFlows.OPERATOR);
        assertThat(robot.lookup("#first-run-passphrase").queryAs(TextField.class).getText()).isEqualTo(UiFlows.PASSPHRASE);
        assertThat(robot.lookup("#first-run-confirm").queryAs(TextField.class).getText()).isEqualTo(UiFlows.PASSPHRASE);
        alt(robot, KeyCode.C);
        UiFlows.waitFor(robot, "#nav-seal", 300);

        for (int i = SECTIONS.length - 1; i >= 0; i--) {
            robot.press(KeyCode.CONTROL).press(DIGITS[i]).release(DIGITS[i]).release(KeyCode.CONTROL);
            UiFlows.waitFor(robot, SECTIONS[i], 10);
            assertReachableAndUnambiguous(robot, scene, SECTIONS[i]);
        }

        // The navigation rail is one toggle group: Down moves the focus to the next place.
        AppHarness.onFx(() -> {
            robot.lookup("#nav-seal").query().requestFocus();
            return null;
        });
        robot.type(KeyCode.DOWN);
        assertThat(AppHarness.onFx(scene::getFocusOwner)).isSameAs(robot.lookup("#nav-vault").query());
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT1).release(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        UiFlows.waitFor(robot, "#seal-view", 10);

        // Seal a text: Alt+X focuses the text box, Alt+T seals it; the card opens.
        alt(robot, KeyCode.X);
        assertThat(AppHarness.onFx(scene::getFocusOwner)).isInstanceOf(TextArea.class);
        robot.write("Decided by keyboard alone.");
        alt(robot, KeyCode.T);
        UiFlows.waitForText(robot, "#card-title", "Seal #1", 60);
        UiFlows.waitForCardImage(robot);
        assertReachableAndUnambiguous(robot, scene, "#card-view");

        alt(robot, KeyCode.C);
        UiFlows.waitForText(robot, "#card-status", "clipboard", 10);
        alt(robot, KeyCode.P);
        UiFlows.waitFor(robot, "#print-preview", 60);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#print-preview").tryQuery().isEmpty());
        alt(robot, KeyCode.B);
        UiFlows.waitFor(robot, "#seal-view", 10);

        // The seal queue: Tab reaches the sealed job's "Open card"; Space opens the card, and so does Enter.
        openTheCardFromTheQueue(robot, scene, KeyCode.SPACE);
        openTheCardFromTheQueue(robot, scene, KeyCode.ENTER);

        // The Vault table: Tab to it, Down selects the seal, Enter opens its card.
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT2).release(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        // The Vault view was shown before the seal existed: its badge follows the new seal.
        UiFlows.waitForText(robot, "#vault-chain-badge", "1 seal", 30);
        Node table = robot.lookup("#vault-table").query();
        assertThat(KeyboardProbe.tabUntil(robot, scene, table, 40)).as("Tab reaches the seal table").isSameAs(table);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        UiFlows.waitForText(robot, "#card-title", "Seal #1", 30);
    }

    /** From the Seal view: Tab to the queue's "Open card" of seal #1, activate it with {@code key}, and back. */
    private static void openTheCardFromTheQueue(FxRobot robot, Scene scene, KeyCode key) throws Exception {
        assertThat(robot.lookup("#card-view").tryQuery()).as("the card is closed before " + key).isEmpty();
        Button open = robot.lookup("#seal-queue .link-button").match(Node::isVisible).queryButton();
        assertThat(open.getText()).isEqualTo("Open card");
        assertThat(KeyboardProbe.tabUntil(robot, scene, open, 60)).as("Tab reaches the queue's Open card").isSameAs(open);
        robot.type(key);
        UiFlows.waitFor(robot, "#card-view", 30);
        UiFlows.waitForText(robot, "#card-title", "Seal #1", 30);
        alt(robot, KeyCode.B);
        UiFlows.waitFor(robot, "#seal-view", 10);
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).press(key).release(key).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertReachableAndUnambiguous(FxRobot robot, Scene scene, String view) {
        assertThat(KeyboardProbe.mnemonicClashes(scene)).as("Alt mnemonics claimed twice in " + view).isEmpty();
        List<Node> actions = KeyboardProbe.actionable(scene);
        Set<Node> reached = KeyboardProbe.tabCycle(robot, scene, actions.size() * 3 + 10);
        // Tab enters a toggle group once (at its selected toggle); arrow keys move inside it.
        List<String> missed = actions.stream().filter(n -> !reached.contains(n) && !KeyboardProbe.groupReached(n, reached))
                .map(KeyboardProbe::describe).toList();
        assertThat(missed).as("actions in " + view + " that Tab never reaches").isEmpty();
    }
}
