package ai.attested.ui;

import ai.attested.ui.common.DropContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Takes the README's screenshots of every view at 1440×900 from the real app under a real X
 * display (Xvfb in CI). They go to target/screenshots/; {@code -Dsvault.updateScreenshots=true}
 * writes them to docs/screenshots/ instead (the README's pictures), so a test run never dirties the tree.
 */
class ScreenshotsTest {
    @RegisterExtension final AppUnderTest app = new AppUnderTest();
    /** target/screenshots, or docs/screenshots when asked with -Dsvault.updateScreenshots=true. */
    private final Path out = Path.of(Boolean.getBoolean("svault.updateScreenshots")
            ? System.getProperty("svault.docs.screenshots.dir", "../docs/screenshots")
            : System.getProperty("svault.screenshots.dir", "target/screenshots"));

    @Test
    @EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".*\\S.*",
            disabledReason = "screenshots are taken under a real X display")
    void everyViewAt1440x900(FxRobot robot) throws Exception {
        UiFlows.waitFor(robot, "#first-run-username", 30);
        app.saveSnapshot(out.resolve("first-run.png"));
        UiFlows.createVault(robot);

        Path report = Files.writeString(app.work().resolve("Q3-audit-report.pdf"), "Quarterly audit report, final.\n".repeat(2000));
        robot.clickOn("#seal-description").write("Q3 audit report as sent to the board");
        UiFlows.drop(robot, "#drop-zone", DropContent.of(List.of(report)));
        UiFlows.waitForText(robot, "#card-title", "Seal #1", 60);
        UiFlows.waitForCardImage(robot);
        app.saveSnapshot(out.resolve("card.png"));

        Path bundle = app.work().resolve("VerifiedBundle.zip");
        app.dialogs().answer(bundle);
        robot.clickOn("#card-export");
        UiFlows.waitForFile(robot, bundle, 240);

        robot.clickOn("#card-back");
        robot.clickOn("#seal-text").write("Board decision 2026-11-22: the Q3 report is approved as final.");
        robot.clickOn("#seal-text-button");
        UiFlows.waitForText(robot, "#card-title", "Seal #2", 60);
        robot.clickOn("#card-back");
        UiFlows.waitFor(robot, "#seal-view", 10);
        app.saveSnapshot(out.resolve("seal.png"));

        robot.clickOn("#nav-vault");
        UiFlows.waitForText(robot, "#vault-chain-badge", "2 seals", 30);
        app.saveSnapshot(out.resolve("vault.png"));

        robot.clickOn("#nav-verify");
        UiFlows.drop(robot, "#verify-drop-zone", DropContent.of(List.of(bundle, report)));
        UiFlows.waitForText(robot, "#verify-verdict", "PASS", 60);
        app.saveSnapshot(out.resolve("verify.png"));

        robot.clickOn("#nav-sentinel");
        robot.clickOn("#sentinel-golden");
        UiFlows.waitForText(robot, "#sentinel-run", "PASS", 180);
        app.saveSnapshot(out.resolve("sentinel.png"));

        robot.clickOn("#nav-settings");
        UiFlows.waitFor(robot, "#settings-view", 10);
        app.saveSnapshot(out.resolve("settings.png"));
    }
}
