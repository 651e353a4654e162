package ai.attested.ui.verify;

import ai.attested.ui.DesktopContext;
import ai.attested.ui.common.DropContent;
import ai.attested.ui.common.DropHandler;
import ai.attested.ui.common.FileDialogs;
import ai.attested.ui.common.Strings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Verify view: takes a bundle.zip, a card PNG or a seal (optionally with the original file),
 * runs the offline verifier in the background and lists every check and every error with its code
 * and a plain-language explanation; the JSON report can be saved.
 */
public final class VerifyController {
    /** The verifier call: input, optional original file → outcome. Throws AppException for unreadable input. */
    @FunctionalInterface
    public interface Verifier {
        VerifyOutcome verify(Path input, Optional<Path> original) throws Exception;
    }

    private final DesktopContext context;
    private final Verifier verifier;
    private DropHandler dropHandler;
    private Path input;
    private Optional<Path> original = Optional.empty();
    private VerifyOutcome outcome;

    @FXML private HBox dropZone;
    @FXML private Label inputLabel;
    @FXML private Button originalButton;
    @FXML private ProgressIndicator busy;
    @FXML private Label verdictLabel;
    @FXML private VBox checklist;
    @FXML private Label emptyLabel;
    @FXML private Button saveReportButton;
    @FXML private VBox errorList;

    public VerifyController(DesktopContext context, Verifier verifier) {
        this.context = context;
        this.verifier = verifier;
    }

    @FXML
    private void initialize() {
        dropHandler = DropHandler.install(dropZone, c -> !c.files().isEmpty(), this::accept);
        verdictLabel.setVisible(false);
    }

    public DropHandler dropHandler() {
        return dropHandler;
    }

    /** Verifies {@code file} (a bundle, card or seal), e.g. one passed on the command line. */
    public void open(Path file) {
        dropHandler.deliver(DropContent.of(List.of(file)));
    }

    /** A drop of two files is "a file with its seal": the bundle/card/seal and the original. */
    private void accept(DropContent content) {
        List<Path> files = content.files();
        Path evidence = files.stream().filter(VerifyController::looksLikeEvidence).findFirst().orElse(files.getFirst());
        input = evidence;
        files.stream().filter(f -> !f.equals(evidence)).findFirst().ifPresent(f -> original = Optional.of(f));
        if (files.size() == 1) {
            original = Optional.empty();
        }
        run();
    }

    private static boolean looksLikeEvidence(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".zip") || n.endsWith(".png") || n.endsWith(".json");
    }

    @FXML
    private void open() {
        List<Path> files = context.files().openFiles(dropZone.getScene().getWindow(), context.strings().get("verify.chooser.open"),
                List.of(new FileDialogs.Filter("Bundle, card or seal", "*.zip"), new FileDialogs.Filter("Card PNG", "*.png"),
                        new FileDialogs.Filter("Seal JSON", "*.json")));
        if (!files.isEmpty()) {
            dropHandler.deliver(DropContent.of(files));
        }
    }

    @FXML
    private void chooseOriginal() {
        List<Path> files = context.files().openFiles(dropZone.getScene().getWindow(),
                context.strings().get("verify.chooser.original"), List.of());
        if (!files.isEmpty()) {
            original = Optional.of(files.getFirst());
            if (input != null) {
                run();
            } else {
                showInput();
            }
        }
    }

    private void run() {
        Path what = input;
        Optional<Path> against = original;
        showInput();
        busy.setVisible(true);
        saveReportButton.setDisable(true);
        context.tasks().create(p -> verifier.verify(what, against))
                .onSuccess(this::show)
                .onError(failure -> {
                    var error = context.errors().describe(failure);
                    show(new VerifyOutcome("ERROR", List.of(), List.of(new VerifyOutcome.Finding(error.code(), what.toString(),
                            error.sentence())), List.of(), null, "txt"));
                })
                .andFinally(() -> busy.setVisible(false))
                .start();
    }

    private void showInput() {
        Strings s = context.strings();
        String shown = input == null ? s.get("verify.drop.hint") : original
                .map(o -> s.format("verify.input.withFile", input.getFileName(), o.getFileName()))
                .orElse(s.format("verify.input", input.getFileName()));
        inputLabel.setText(shown);
    }

    private void show(VerifyOutcome result) {
        this.outcome = result;
        Strings s = context.strings();
        verdictLabel.setText(result.verdict());
        verdictLabel.getStyleClass().setAll("label", "badge", "verdict", result.verdict().equals("PASS") ? "ok"
                : result.passed() ? "warn" : "fail");
        verdictLabel.setVisible(true);
        emptyLabel.setVisible(false);
        emptyLabel.setManaged(false);
        checklist.getChildren().setAll(result.checks().stream().map(c -> CheckRows.row(s, c)).toList());
        errorList.getChildren().clear();
        result.errors().forEach(f -> errorList.getChildren().add(CheckRows.finding(s, f, "error-item")));
        result.caveats().forEach(f -> errorList.getChildren().add(CheckRows.finding(s, f, "caveat-item")));
        if (errorList.getChildren().isEmpty()) {
            Label none = new Label(s.get("verify.noErrors"));
            none.getStyleClass().add("muted");
            errorList.getChildren().add(none);
        }
        saveReportButton.setDisable(result.report() == null);
    }

    @FXML
    private void saveReport() {
        if (outcome == null || outcome.report() == null) {
            return;
        }
        byte[] report = outcome.report();
        String ext = outcome.reportExtension();
        context.files().saveFile(dropZone.getScene().getWindow(), context.strings().get("verify.chooser.report"),
                        "verification-report." + ext, new FileDialogs.Filter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext))
                .ifPresent(file -> context.tasks().create(p -> Files.write(file, report))
                        .onSuccess(f -> inputLabel.setText(context.strings().format("verify.reportSaved", f)))
                        .start());
    }

    /** Builds the rows of the checklist and the error list. */
    static final class CheckRows {
        private CheckRows() {}

        static HBox row(Strings s, VerifyOutcome.Check check) {
            Label status = new Label(check.status());
            status.getStyleClass().addAll("badge", "check-status", styleOf(check));
            String key = "verify.check." + check.name();
            String fallback = check.name().isEmpty() ? "" : Character.toUpperCase(check.name().charAt(0)) + check.name().substring(1);
            Label name = new Label(s.bundle().containsKey(key) ? s.get(key) : fallback);
            name.getStyleClass().add("check-name");
            Label detail = new Label(check.detail());
            detail.getStyleClass().add("check-detail");
            detail.setWrapText(true);
            HBox.setHgrow(detail, Priority.ALWAYS);
            HBox row = new HBox(status, name, detail);
            row.getStyleClass().add("check-row");
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("check-" + check.name());
            return row;
        }

        private static String styleOf(VerifyOutcome.Check check) {
            return switch (check.status()) {
                case "OK", "PASS", "NO" -> "ok";
                case "FAIL", "ERROR" -> "fail";
                case "SKIPPED", "NONE", "INFO" -> "neutral";
                case "YES", "KILL", "QUARANTINE", "CONTINUE" -> "info";
                default -> "warn";
            };
        }

        static VBox finding(Strings s, VerifyOutcome.Finding f, String style) {
            Label code = new Label(f.code() + (f.path().isEmpty() ? "" : "  (" + f.path() + ")"));
            code.getStyleClass().add("error-code");
            code.setWrapText(true);
            Label explanation = new Label(s.explain(f.code()));
            explanation.setWrapText(true);
            VBox box = new VBox(code, explanation);
            if (!f.message().isEmpty() && !f.message().equals(explanation.getText())) {
                Label message = new Label(f.message());
                message.getStyleClass().add("error-path");
                message.setWrapText(true);
                box.getChildren().add(message);
            }
            box.getStyleClass().add(style);
            box.setId("finding-" + f.code());
            return box;
        }
    }
}
