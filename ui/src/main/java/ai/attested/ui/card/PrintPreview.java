package ai.attested.ui.card;

import ai.attested.ui.DesktopContext;
import java.util.Optional;
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
 * PRINT: a preview of the card on an A4 sheet (the default printer's printable area, or standard
 * margins when there is no printer), then the platform print dialog and JavaFX printing. Printing
 * without any printer says so with a code and a sentence; the preview still shows the page.
 */
final class PrintPreview {
    private static final double PREVIEW_HEIGHT = 560;
    /** Margins of the sheet when no printer says what it can print: 0.75 in, 54 pt, on each side. */
    private static final double FALLBACK_MARGIN = 54;
    private final DesktopContext context;
    private final Window owner;

    PrintPreview(DesktopContext context, Window owner) {
        this.context = context;
        this.owner = owner;
    }

    /** A4 portrait in points: the paper and its printable margins. */
    private record Sheet(double width, double height, double top, double right, double bottom, double left) {
        static Sheet of(PageLayout layout) {
            return new Sheet(layout.getPaper().getWidth(), layout.getPaper().getHeight(), layout.getTopMargin(),
                    layout.getRightMargin(), layout.getBottomMargin(), layout.getLeftMargin());
        }

        static Sheet a4WithoutPrinter() {
            return new Sheet(Paper.A4.getWidth(), Paper.A4.getHeight(),
                    FALLBACK_MARGIN, FALLBACK_MARGIN, FALLBACK_MARGIN, FALLBACK_MARGIN);
        }

        double printableWidth() {
            return width - left - right;
        }

        double printableHeight() {
            return height - top - bottom;
        }
    }

    void show(Image card, Consumer<String> status) {
        Optional<Printer> printer = Optional.ofNullable(Printer.getDefaultPrinter());
        Optional<PageLayout> layout = printer.map(p -> p.createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.DEFAULT));
        Sheet sheet = layout.map(Sheet::of).orElseGet(Sheet::a4WithoutPrinter);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(context.strings().get("card.print.preview"));
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().setId("print-preview");
        ButtonType print = new ButtonType(context.strings().get("card.print.go"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(print, ButtonType.CANCEL);
        Label target = new Label(printer.map(p -> context.strings().format("card.print.target", p.getName()))
                .orElseGet(() -> context.strings().get("card.print.noTarget")));
        target.setId("print-target");
        dialog.getDialogPane().setContent(new VBox(12, target, page(card, sheet)));
        dialog.showAndWait().filter(b -> b == print).ifPresent(b -> {
            if (printer.isEmpty()) {
                context.errors().show(new ai.attested.ui.common.ErrorDialogs.UserError("PRINTER_UNAVAILABLE",
                        context.strings().get("card.print.none")));
                return;
            }
            print(card, printer.get(), layout.get(), status);
        });
    }

    /** The white sheet at preview scale with the card fitted into its printable area. */
    private static StackPane page(Image card, Sheet sheet) {
        double scale = PREVIEW_HEIGHT / sheet.height();
        ImageView preview = new ImageView(card);
        preview.setId("print-preview-card");
        preview.setPreserveRatio(true);
        preview.setSmooth(true);
        preview.setFitWidth(sheet.printableWidth() * scale);
        preview.setFitHeight(sheet.printableHeight() * scale);
        StackPane page = new StackPane(preview);
        page.setId("print-preview-sheet");
        page.setStyle("-fx-background-color: white;");
        page.setPadding(new Insets(sheet.top() * scale, sheet.right() * scale, sheet.bottom() * scale, sheet.left() * scale));
        page.setPrefSize(sheet.width() * scale, PREVIEW_HEIGHT);
        page.setMaxSize(sheet.width() * scale, PREVIEW_HEIGHT);
        return page;
    }

    private void print(Image card, Printer printer, PageLayout layout, Consumer<String> status) {
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
    }
}
