package ai.attested.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.ui.common.DropContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** From a seal's card: save the card PNG and export VerifiedBundle.zip, then verify both in the Verify view. */
class ExportAndVerifyFlowTest {
    @RegisterExtension final AppUnderTest app = new AppUnderTest();

    @Test
    void anExportedBundleAndASavedCardVerifyAgainstTheOriginalAndATamperedOriginalFails(FxRobot robot) throws Exception {
        UiFlows.createVault(robot);
        Path original = Files.writeString(app.work().resolve("minutes.txt"), "Minutes of the meeting of 22 November.\n");
        UiFlows.drop(robot, "#drop-zone", DropContent.of(List.of(original)));
        UiFlows.waitForText(robot, "#card-title", "Seal #1", 90);
        UiFlows.waitForCardImage(robot);

        Path card = app.work().resolve("card.png");
        app.dialogs().answer(card);
        robot.clickOn("#card-save");
        UiFlows.waitForFile(robot, card, 60);
        Path bundle = app.work().resolve("VerifiedBundle.zip");
        app.dialogs().answer(bundle);
        robot.clickOn("#card-export");
        UiFlows.waitForFile(robot, bundle, 240);

        robot.clickOn("#nav-verify");
        UiFlows.drop(robot, "#verify-drop-zone", DropContent.of(List.of(bundle, original)));
        UiFlows.waitForText(robot, "#verify-verdict", "PASS", 60);
        assertThat(UiFlows.text(robot, "#verify-verdict")).isIn("PASS", "PASS_WITH_CAVEATS");

        Path changed = Files.writeString(app.work().resolve("minutes-edited.txt"), "Minutes of the meeting of 23 November.\n");
        UiFlows.drop(robot, "#verify-drop-zone", DropContent.of(List.of(bundle, changed)));
        UiFlows.waitForText(robot, "#verify-verdict", "FAIL", 60);
        assertThat(robot.lookup(".error-item").queryAll()).isNotEmpty();

        UiFlows.drop(robot, "#verify-drop-zone", DropContent.of(List.of(card)));
        UiFlows.waitForText(robot, "#verify-verdict", "PASS", 60);
        UiFlows.assertShowing(robot, "#check-card");
    }
}
