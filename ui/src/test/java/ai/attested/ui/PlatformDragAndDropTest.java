package ai.attested.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real drag and drop through the windowing system: a second window holds a drag source whose
 * DRAG_DETECTED starts a platform drag with two files on its Dragboard; the robot presses the mouse
 * on it, moves onto the Seal drop zone of the app's window and releases. GTK carries the drag between
 * the two X windows (XDND); the zone receives DRAG_ENTERED/OVER/DROPPED like a drop from a file
 * manager. Monocle has no platform drag and drop, so without a display this test is skipped.
 */
class PlatformDragAndDropTest {
    @RegisterExtension final AppUnderTest app = new AppUnderTest();
    private Stage sourceStage;
    private final List<TransferMode> dragDone = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeDragSource() {
        if (sourceStage != null) {
            AppHarness.onFx(() -> {
                sourceStage.close();
                return null;
            });
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".*\\S.*",
            disabledReason = "platform drag and drop needs a real X display (Monocle, used without one, has none)")
    void filesDraggedFromAnotherWindowOntoTheDropZoneAreSealedAndTheCardOpens(FxRobot robot) throws Exception {
        UiFlows.createVault(robot);
        UiFlows.waitFor(robot, "#drop-zone", 10);

        Path minutes = Files.writeString(app.work().resolve("board-minutes.txt"), "Board minutes, 22 November.\n");
        Path invoice = Files.writeString(app.work().resolve("invoice-0042.txt"), "Invoice 0042: 1,200.00 EUR\n");
        List<File> dragged = List.of(minutes.toFile(), invoice.toFile());

        // What the zone receives, recorded before the app's own handler consumes it.
        List<DragEvent> received = new CopyOnWriteArrayList<>();
        List<File> droppedFiles = new CopyOnWriteArrayList<>();
        AppHarness.onFx(() -> {
            var zone = robot.lookup("#drop-zone").query();
            zone.addEventFilter(DragEvent.ANY, e -> {
                received.add(e.copyFor(e.getSource(), e.getTarget()));
                if (e.getEventType() == DragEvent.DRAG_DROPPED) {
                    droppedFiles.addAll(e.getDragboard().getFiles());
                }
            });
            return null;
        });

        Label source = AppHarness.onFx(() -> openDragSource(dragged));
        robot.drag(source).moveBy(-40, 0).moveTo("#drop-zone").drop();

        UiFlows.waitForText(robot, "#card-title", "Seal #2", 90);
        assertThat(received).extracting(DragEvent::getEventType)
                .contains(DragEvent.DRAG_ENTERED, DragEvent.DRAG_OVER, DragEvent.DRAG_DROPPED);
        DragEvent drop = received.stream().filter(e -> e.getEventType() == DragEvent.DRAG_DROPPED).findFirst().orElseThrow();
        // A gesture inside one scene carries its source node; one that entered from another window
        // through the platform's drag and drop does not.
        assertThat(drop.getGestureSource()).as("the drop came from another window, through the platform").isNull();
        assertThat(drop.getTransferMode()).isEqualTo(TransferMode.COPY);
        assertThat(droppedFiles).containsExactlyElementsOf(dragged);
        // The source window hears back through the platform that the drop was completed as a copy.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dragDone.isEmpty());
        assertThat(dragDone).containsExactly(TransferMode.COPY);

        // Both files are in the vault with their own hashes; the card shows the last one.
        List<String> seals = Files.readAllLines(new ai.attested.app.vault.VaultLocation(app.vault()).jsonlMirror(), StandardCharsets.UTF_8);
        assertThat(seals).hasSize(2);
        var first = ai.attested.bundle.seal.SealCodec.fromJson(seals.get(0).getBytes(StandardCharsets.UTF_8));
        var second = ai.attested.bundle.seal.SealCodec.fromJson(seals.get(1).getBytes(StandardCharsets.UTF_8));
        assertThat(List.of(first.subject().name(), second.subject().name()))
                .containsExactlyInAnyOrder("board-minutes.txt", "invoice-0042.txt");
        var shown = second.subject().name().equals("invoice-0042.txt") ? invoice : minutes;
        assertThat(robot.lookup("#card-hash").queryTextInputControl().getText())
                .isEqualTo(ai.attested.crypto.Sha256.hex(Files.readAllBytes(shown)));
        UiFlows.waitForCardImage(robot);
        assertThat(robot.lookup("#drop-zone").tryQuery()).as("the card replaced the Seal view").isEmpty();
    }

    /** A small undecorated window beside the drop zone whose label starts a platform drag of {@code files}. */
    private Label openDragSource(List<File> files) {
        Label label = new Label("drag these " + files.size() + " files");
        label.setId("drag-source");
        label.setStyle("-fx-padding: 24; -fx-background-color: #1b2433; -fx-text-fill: white;");
        label.setOnDragDetected(e -> {
            Dragboard board = label.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(files);
            board.setContent(content);
            e.consume();
        });
        label.setOnDragDone(e -> dragDone.add(e.getTransferMode()));
        sourceStage = new Stage(StageStyle.UNDECORATED);
        sourceStage.setScene(new Scene(new StackPane(label), 240, 90));
        // Over the right-hand column of the main window (description/queue), clear of the drop zone.
        Point2D at = app.stage().getScene().getRoot().localToScreen(1100, 600);
        sourceStage.setX(at.getX());
        sourceStage.setY(at.getY());
        sourceStage.setAlwaysOnTop(true);
        sourceStage.show();
        return label;
    }
}
