package ai.attested.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.ui.common.DropContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** From a seal's card: save the card PNG and export VerifiedBundle.zip, then verify both in the Verify view. */
class ExportAndVerifyFlowTest {
    @TempDir Path vault;
    @TempDir Path work;
    private AppHarness app;
    private final FxRobot robot = new FxRobot();
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anExportedBundleAndASavedCardVerifyAgainstTheOriginalAndATamperedOriginalFails() throws Exception {
        app = AppHarness.start(vault, dialogs);
        UiFlows.createVault(robot);
        Path original = Files.writeString(work.resolve("minutes.txt"), "Minutes of the meeting of 22 November.\n");
        UiFlows.drop(robot, "#drop-zone", DropContent.of(List.of(original)));
        UiFlows.waitForText(robot, "#card-title", "Seal #1", 90);
        UiFlows.waitForCardImage(robot);

        Path card = work.resolve("card.png");
        dialogs.answer(card);
        robot.clickOn("#card-save");
        UiFlows.waitForFile(robot, card, 60);
        Path bundle = work.resolve("VerifiedBundle.zip");
        dialogs.answer(bundle);
        robot.clickOn("#card-export");
        UiFlows.waitForFile(robot, bundle, 240);

        robot.clickOn("#nav-verify");
        UiFlows.drop(robot, "#verify-drop-zone", DropContent.of(List.of(bundle, original)));
        UiFlows.waitForText(robot, "#verify-verdict", "PASS", 60);
        assertThat(UiFlows.text(robot, "#verify-verdict")).isIn("PASS", "PASS_WITH_CAVEATS");

        Path changed = Files.writeString(work.resolve("minutes-edited.txt"), "Minutes of the meeting of 23 November.\n");
        UiFlows.drop(robot, "#verify-drop-zone", DropContent.of(List.of(bundle, changed)));
        UiFlows.waitForText(robot, "#verify-verdict", "FAIL", 60);
        assertThat(robot.lookup(".error-item").queryAll()).isNotEmpty();

        UiFlows.drop(robot, "#verify-drop-zone", DropContent.of(List.of(card)));
        UiFlows.waitForText(robot, "#verify-verdict", "PASS", 60);
        UiFlows.assertShowing(robot, "#check-card");
    }
}
