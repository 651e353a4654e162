package ai.attested.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** First run, the shell's identity and keyboard access, the remembered window, and unlocking on the next start. */
class ShellTest {
    @RegisterExtension final AppUnderTest app = new AppUnderTest();

    @Test
    void firstRunCreatesTheVaultThenTheNextStartAsksForThePassphrase(FxRobot robot) throws Exception {
        UiFlows.createVault(robot);
        assertThat(UiFlows.text(robot, "#status-vault-id")).matches("\\d{4}-\\d{5}-\\d{4}");
        assertThat(UiFlows.text(robot, "#status-key-id")).matches("[0-9a-f]{16}");

        // Keyboard: Ctrl+5 selects Settings, Ctrl+2 the Vault view.
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT5).release(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        UiFlows.waitFor(robot, "#settings-view", 10);
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(app.vault().toAbsolutePath().toString());
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT2).release(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        UiFlows.waitFor(robot, "#vault-view", 10);
        assertThat(robot.lookup("#nav-vault").queryAs(ToggleButton.class).isSelected()).isTrue();

        AppHarness.onFx(() -> {
            app.stage().setWidth(1300);
            return null;
        });
        app.stop();
        Properties window = new Properties();
        try (var in = Files.newInputStream(app.vault().resolve("ui-window.properties"))) {
            window.load(in);
        }
        assertThat(Double.parseDouble(window.getProperty("window.width"))).isEqualTo(1300);

        app.start();
        UiFlows.waitFor(robot, "#unlock-passphrase", 30);
        robot.clickOn("#unlock-passphrase").write("not the passphrase");
        robot.clickOn("#unlock-button");
        UiFlows.waitForText(robot, ".field-error", "PASSPHRASE_WRONG", 300);
        robot.clickOn("#unlock-passphrase").write(UiFlows.PASSPHRASE);
        robot.clickOn("#unlock-button");
        UiFlows.waitFor(robot, "#nav-seal", 300);
    }
}
