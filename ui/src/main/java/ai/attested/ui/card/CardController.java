package ai.attested.ui.card;

import ai.attested.bundle.seal.Seal;
import ai.attested.bundle.seal.TimeSource;
import ai.attested.ui.DesktopContext;
import ai.attested.ui.common.FittedImage;
import ai.attested.ui.common.Formats;
import ai.attested.ui.common.Strings;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;

/**
 * One seal's card at full quality, with SAVE (print PNG), SHARE (social image), PRINT (with a
 * preview), COPY hash, export and verify, and what "Seal Forever" would anchor.
 */
public final class CardController {
    private final DesktopContext context;
    private final Runnable back;
    private final Consumer<Path> verifyBundle;
    private Seal seal;
    private CardServices services;
    private BufferedImage printImage;

    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private FittedImage cardImage;
    @FXML private GridPane detailsGrid;
    @FXML private TextField hashField;
    @FXML private Button saveButton;
    @FXML private Button printButton;
    @FXML private Label actionStatus;
    @FXML private Label foreverLabel;
    @FXML private Label foreverRoot;

    public CardController(DesktopContext context, Runnable back, Consumer<Path> verifyBundle) {
        this.context = context;
        this.back = back;
        this.verifyBundle = verifyBundle;
    }

    @FXML
    private void initialize() {
    }

    /** Shows {@code seal}; rendering and the checkpoint lookup run in the background. */
    public void show(Seal seal, CardServices services) {
        this.seal = seal;
        this.services = services;
        Strings s = context.strings();
        titleLabel.setText(s.format("card.title", seal.seq()));
        subtitleLabel.setText(s.format("card.subtitle", seal.subject().name(), seal.deviceTime()));
        hashField.setText(seal.subject().sha256());
        int row = 0;
        row = detail(row, "card.field.subject", seal.subject().name());
        row = detail(row, "card.field.kind", seal.subject().kind().name());
        row = detail(row, "card.field.size", Formats.bytes(seal.subject().sizeBytes()));
        row = detail(row, "card.field.operator", seal.operator());
        row = detail(row, "card.field.time", seal.deviceTime());
        TimeSource ts = seal.timeSource();
        row = detail(row, "card.field.tsa", ts.kind() == TimeSource.Kind.TSA ? ts.tsaTime() : s.get("card.field.tsa.none"));
        row = detail(row, "card.field.description", seal.description().isEmpty() ? "—" : seal.description());
        detail(row, "card.field.sealHash", Formats.shortHash(seal.sealHash(), 16));
        saveButton.setDisable(true);
        printButton.setDisable(true);
        context.tasks().create(p -> SwingFXUtils.toFXImage(keep(services.renderPrint()), null))
                .onSuccess(image -> {
                    cardImage.setImage(image);
                    saveButton.setDisable(false);
                    printButton.setDisable(false);
                }).start();
        context.tasks().create(p -> services.latestCheckpoint()).onSuccess(cp -> {
            if (cp.isEmpty()) {
                foreverLabel.setText(s.get("card.forever.none"));
            } else if (cp.get().treeSize() >= seal.seq()) {
                foreverLabel.setText(s.format("card.forever.covered", cp.get().treeSize(), cp.get().vaultId()));
                foreverRoot.setText("root " + cp.get().rootHashHex());
            } else {
                foreverLabel.setText(s.format("card.forever.notCovered", cp.get().treeSize()));
            }
        }).start();
    }

    private BufferedImage keep(BufferedImage image) {
        this.printImage = image;
        return image;
    }

    private int detail(int row, String key, String value) {
        Label name = new Label(context.strings().get(key));
        name.getStyleClass().add("muted");
        Label v = new Label(value);
        v.setWrapText(true);
        detailsGrid.addRow(row, name, v);
        return row + 1;
    }

    @FXML
    private void back() {
        back.run();
    }

    @FXML
    private void save() {
        chooseTarget("card.save.title", "seal-" + seal.seq() + "-card.png", "PNG", "*.png").ifPresent(file ->
            context.tasks().create(p -> {
                services.writePng(printImage, file);
                return file;
            }).onSuccess(this::saved).start());
    }

    @FXML
    private void share() {
        chooseTarget("card.share.title", "seal-" + seal.seq() + "-share.png", "PNG", "*.png").ifPresent(file ->
            context.tasks().create(p -> {
                services.writePng(services.renderShare(), file);
                return file;
            }).onSuccess(this::saved).start());
    }

    @FXML
    private void print() {
        new PrintPreview(context, cardImage.getScene().getWindow()).show(cardImage.getImage(), status -> actionStatus.setText(status));
    }

    @FXML
    private void copyHash() {
        ClipboardContent content = new ClipboardContent();
        content.putString(seal.subject().sha256());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        actionStatus.setText(context.strings().get("card.copied"));
    }

    @FXML
    private void exportBundle() {
        chooseTarget("card.export.title", "VerifiedBundle-seal-" + seal.seq() + ".zip", "ZIP", "*.zip").ifPresent(file ->
            context.tasks().create(p -> {
                services.exportBundle(file);
                return file;
            }).onSuccess(this::saved).start());
    }

    @FXML
    private void verify() {
        context.tasks().create(p -> {
            Path tmp = java.nio.file.Files.createTempDirectory("svault-verify").resolve("VerifiedBundle-seal-" + seal.seq() + ".zip");
            services.exportBundle(tmp);
            return tmp;
        }).onSuccess(verifyBundle).start();
    }

    private void saved(Path file) {
        actionStatus.setText(context.strings().format("card.saved", file));
    }

    private java.util.Optional<Path> chooseTarget(String titleKey, String name, String kind, String pattern) {
        return context.files().saveFile(cardImage.getScene().getWindow(), context.strings().get(titleKey), name,
                new ai.attested.ui.common.FileDialogs.Filter(kind, pattern));
    }
}
