package ai.attested.ui.card;

import ai.attested.ui.DesktopContext;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * PRINT: a preview of the card on the default printer's page (white sheet, printable area), then
 * the platform print dialog and JavaFX printing. Without any printer it says so plainly.
 */
final class PrintPreview {
    private static final double PREVIEW_HEIGHT = 560;
    private final DesktopContext context;
    private final Window owner;

    PrintPreview(DesktopContext context, Window owner) {
        this.context = context;
        this.owner = owner;
    }

    void show(Image card, Consumer<String> status) {
        Printer printer = Printer.getDefaultPrinter();
        if (printer == null) {
            context.errors().show(new ai.attested.ui.common.ErrorDialogs.UserError("PRINTER_UNAVAILABLE",
                    context.strings().get("card.print.none")));
            return;
        }
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.DEFAULT);
        double scale = PREVIEW_HEIGHT / layout.getPaper().getHeight();
        ImageView preview = new ImageView(card);
        preview.setPreserveRatio(true);
        preview.setSmooth(true);
        preview.setFitWidth(layout.getPrintableWidth() * scale);
        preview.setFitHeight(layout.getPrintableHeight() * scale);
        StackPane sheet = new StackPane(preview);
        sheet.setStyle("-fx-background-color: white;");
        sheet.setPadding(new Insets(layout.getTopMargin() * scale, layout.getRightMargin() * scale,
                layout.getBottomMargin() * scale, layout.getLeftMargin() * scale));
        sheet.setPrefSize(layout.getPaper().getWidth() * scale, PREVIEW_HEIGHT);
        sheet.setMaxSize(layout.getPaper().getWidth() * scale, PREVIEW_HEIGHT);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(context.strings().get("card.print.preview"));
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().setId("print-preview");
        ButtonType print = new ButtonType(context.strings().get("card.print.go"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(print, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(12, new Label(printer.getName() + " · A4"), sheet));
        dialog.showAndWait().filter(b -> b == print).ifPresent(b -> {
            PrinterJob job = PrinterJob.createPrinterJob(printer);
            if (job != null && job.showPrintDialog(owner)) {
                ImageView page = new ImageView(card);
                page.setPreserveRatio(true);
                page.setFitWidth(layout.getPrintableWidth());
                page.setFitHeight(layout.getPrintableHeight());
                if (job.printPage(layout, page) && job.endJob()) {
                    status.accept(context.strings().get("card.printed"));
                }
            }
        });
    }
}
