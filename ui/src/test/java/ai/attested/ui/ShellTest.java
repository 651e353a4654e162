package ai.attested.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class ShellTest {
    @TempDir Path vault;
    private AppHarness app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void settingsViewShowsWhereTheVaultAndLogsLive() throws Exception {
        app = AppHarness.start(vault);
        FxRobot robot = new FxRobot();
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains(vault.toAbsolutePath().toString());
        app.saveSnapshot(Path.of("target/screens/settings.png"));
    }
}
