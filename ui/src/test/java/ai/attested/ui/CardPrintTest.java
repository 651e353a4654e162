package ai.attested.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import ai.attested.ui.common.DropContent;
import ai.attested.ui.common.FittedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.print.Printer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * PRINT on the card view as far as a machine without a printer allows: the preview shows the card
 * on an A4 sheet, Cancel closes it without printing, and Print with no printer installed explains
 * itself with a code and a sentence instead of failing.
 */
class CardPrintTest {
    @RegisterExtension final AppUnderTest app = new AppUnderTest();

    @Test
    void thePreviewShowsTheCardAndCancelClosesItAndNoPrinterIsExplained(FxRobot robot) throws Exception {
        UiFlows.createVault(robot);
        Path contract = Files.writeString(app.work().resolve("contract.pdf"), "the signed contract, version 3\n");
        assertThat(UiFlows.drop(robot, "#drop-zone", DropContent.of(List.of(contract)))).isTrue();
        UiFlows.waitForText(robot, "#card-title", "Seal #1", 60);
        UiFlows.waitForCardImage(robot);
        var cardImage = robot.lookup("#card-image").queryAs(FittedImage.class).getImage();

        robot.clickOn("#card-print");
        UiFlows.waitFor(robot, "#print-preview", 60);
        ImageView preview = robot.lookup("#print-preview-card").queryAs(ImageView.class);
        assertThat(preview.getImage()).as("the preview shows the card as rendered").isSameAs(cardImage);
        assertThat(preview.getBoundsInParent().getWidth()).isGreaterThan(100);
        Region sheet = robot.lookup("#print-preview-sheet").queryAs(Region.class);
        // A4 portrait: the sheet is 1 : √2 and the card sits inside its margins.
        assertThat(sheet.getHeight() / sheet.getWidth()).isCloseTo(Math.sqrt(2), org.assertj.core.data.Offset.offset(0.01));
        assertThat(preview.getBoundsInParent().getWidth()).isLessThan(sheet.getWidth());
        Printer printer = AppHarness.onFx(Printer::getDefaultPrinter);
        String target = robot.lookup("#print-target").queryAs(Label.class).getText();
        if (printer == null) {
            assertThat(target).startsWith("No printer is installed");
        } else {
            assertThat(target).startsWith(printer.getName());
        }

        robot.clickOn(button(robot, ButtonType.CANCEL));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#print-preview").tryQuery().isEmpty());
        assertThat(robot.lookup("#error-dialog").tryQuery()).isEmpty();
        assertThat(UiFlows.text(robot, "#card-status")).as("nothing was printed").isNullOrEmpty();

        // Print itself: without any printer the operator gets a code and a plain sentence.
        assumeThat(printer).as("this machine has a printer; the no-printer path needs none").isNull();
        robot.clickOn("#card-print");
        UiFlows.waitFor(robot, "#print-preview", 60);
        robot.clickOn(button(robot, new ButtonType("x", javafx.scene.control.ButtonBar.ButtonData.OK_DONE)));
        UiFlows.waitFor(robot, "#error-dialog", 10);
        DialogPane error = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(error.getHeaderText()).isEqualTo("PRINTER_UNAVAILABLE");
        assertThat(error.getContentText()).startsWith("No printer is installed on this machine.");
        robot.clickOn((Button) error.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isEmpty());
        assertThat(robot.lookup("#card-view").tryQuery()).as("the card stays open").isPresent();
    }

    /** The preview's button of that kind (Cancel, or the Print button by its OK_DONE role). */
    private static Button button(FxRobot robot, ButtonType kind) {
        DialogPane pane = robot.lookup("#print-preview").queryAs(DialogPane.class);
        return pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == kind.getButtonData())
                .map(t -> (Button) pane.lookupButton(t)).findFirst().orElseThrow();
    }
}
