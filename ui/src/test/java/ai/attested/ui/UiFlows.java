package ai.attested.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.ui.common.DropContent;
import ai.attested.ui.common.DropHandler;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps the UI tests share, done the way an operator does them (typing, clicking, dropping). */
final class UiFlows {
    static final String OPERATOR = "a.rivera";
    static final String PASSPHRASE = "correct horse battery staple";

    private UiFlows() {}

    /** Fills the first-run form and waits for the main window. */
    static void createVault(FxRobot robot) throws TimeoutException {
        waitFor(robot, "#first-run-username", 30);
        robot.clickOn("#first-run-username").write(OPERATOR);
        robot.clickOn("#first-run-passphrase").write(PASSPHRASE);
        robot.clickOn("#first-run-confirm").write(PASSPHRASE);
        robot.clickOn("#first-run-create");
        waitFor(robot, "#nav-seal", 300);
    }

    static void waitFor(FxRobot robot, String query, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent()
                && robot.lookup(query).query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void waitForText(FxRobot robot, String query, String text, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(n -> n instanceof Label l && l.getText() != null && l.getText().contains(text)).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the card view shows its rendered image. */
    static void waitForCardImage(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#card-image").tryQuery()
                .map(n -> ((ai.attested.ui.common.FittedImage) n).getImage() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a file the app writes; an error dialog meanwhile fails the test with its code and sentence. */
    static void waitForFile(FxRobot robot, java.nio.file.Path file, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            var dialog = robot.lookup("#error-dialog").tryQuery();
            if (dialog.isPresent()) {
                var pane = (javafx.scene.control.DialogPane) dialog.get();
                throw new AssertionError("error dialog: " + pane.getHeaderText() + ": " + pane.getContentText());
            }
            return java.nio.file.Files.isRegularFile(file);
        });
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Delivers content to a drop zone through its installed drag handler, the path a real drop takes. */
    static boolean drop(FxRobot robot, String zoneQuery, DropContent content) {
        Node zone = robot.lookup(zoneQuery).query();
        DropHandler handler = (DropHandler) zone.getOnDragDropped();
        boolean accepted = AppHarness.onFx(() -> handler.deliver(content));
        WaitForAsyncUtils.waitForFxEvents();
        return accepted;
    }

    static void assertShowing(FxRobot robot, String query) {
        assertThat(robot.lookup(query).tryQuery()).as(query + " is shown").isPresent();
    }
}
